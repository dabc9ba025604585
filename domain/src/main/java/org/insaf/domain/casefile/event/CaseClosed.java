package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date, the decided case was closed. */
public record CaseClosed(CaseId caseId, LocalDate on) implements StatusEntered {

    public CaseClosed {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "closing date");
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.CLOSED;
    }
}
