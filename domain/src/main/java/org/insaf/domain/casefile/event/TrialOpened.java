package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** On its date, the trial opened. */
public record TrialOpened(CaseId caseId, LocalDate on) implements StatusEntered {

    public TrialOpened {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "trial date");
    }

    @Override
    public CaseStatus status() {
        return CaseStatus.ON_TRIAL;
    }
}
