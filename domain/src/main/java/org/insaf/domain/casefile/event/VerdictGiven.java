package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date the court gave its verdict on one charge: convicted, acquitted or withdrawn. */
public record VerdictGiven(CaseId caseId, LocalDate on, OffenceId offenceId, VerdictOutcome outcome)
        implements CaseEvent {

    public VerdictGiven {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "verdict date");
        InvalidValueException.required(offenceId, "offence id");
        InvalidValueException.required(outcome, "verdict outcome");
    }
}
