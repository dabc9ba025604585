package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date, the investigation started. */
public record InvestigationStarted(CaseId caseId, LocalDate on) implements StatusEntered {

    public InvestigationStarted {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "investigation date");
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.UNDER_INVESTIGATION;
    }
}
