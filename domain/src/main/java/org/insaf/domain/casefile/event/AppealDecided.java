package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;

/**
 * The appellate court decided an appeal. A retrial ordered sets the accused's verdicts and sentences
 * and their sentencing order aside (their charges wait for the trial court again) and, if the case
 * was DECIDED, puts it back ON_TRIAL on the day of the decision; custody changes follow as their own events.
 */
public record AppealDecided(CaseId caseId, AppealId appealId, PersonId accused, Appeal.Decision decision)
        implements CaseEvent {

    public AppealDecided {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(appealId, "appeal id");
        InvalidValueException.required(accused, "accused");
        InvalidValueException.required(decision, "appellate decision");
    }

    @Override
    public LocalDate on() {
        return decision.on();
    }

    public boolean ordersRetrial() {
        return decision.outcome() == Appeal.AppealOutcome.RETRIAL_ORDERED;
    }
}
