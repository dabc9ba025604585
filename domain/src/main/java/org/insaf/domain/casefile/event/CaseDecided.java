package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date, the court decided the case, every charge having a verdict or being withdrawn. */
public record CaseDecided(CaseId caseId, LocalDate on) implements StatusEntered {

    public CaseDecided {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "decision date");
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.DECIDED;
    }
}
