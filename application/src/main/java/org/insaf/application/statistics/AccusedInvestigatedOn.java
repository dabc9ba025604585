package org.insaf.application.statistics;

import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseStatus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day an accused became investigated, the year the figures count them in: the day they were
 * added to the case, or the day the investigation started if they were added before it. Empty while
 * the investigation has not started (or never did). The database counts the same in
 * {@code PostgresProsecutionStatistics}.
 */
public final class AccusedInvestigatedOn {

    private AccusedInvestigatedOn() {
    }

    public static Optional<LocalDate> of(Case c, Accused accused) {
        return c.enteredOn(CaseStatus.UNDER_INVESTIGATION)
                .map(started -> accused.addedOn().isAfter(started) ? accused.addedOn() : started);
    }
}
