package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case list is narrowed to; every present part must hold.
 *
 * @param statute    cases registered under, or charged under, this statute
 * @param office     cases held now by the office of this code (FIA circle or police station)
 * @param assignedTo cases on which this user is the lead investigator, the prosecutor or the judge
 */
public record CaseFilter(Optional<CaseStatus> status, Optional<StatuteCode> statute, Optional<String> office,
                         Optional<String> assignedTo, Optional<LocalDate> registeredFrom,
                         Optional<LocalDate> registeredTo) {

    public static final CaseFilter ANY = new CaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public CaseFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statute, "statute");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(assignedTo, "assignedTo");
        Objects.requireNonNull(registeredFrom, "registeredFrom");
        Objects.requireNonNull(registeredTo, "registeredTo");
    }
}
