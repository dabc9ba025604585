package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** Bail was applied for, for one accused, to a court. */
public record BailApplied(CaseId caseId, BailApplication application) implements CaseEvent {

    public BailApplied {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(application, "bail application");
    }

    @Override
    public LocalDate on() {
        return application.filedOn();
    }
}
