package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The court granted or refused a bail application. A grant is followed by the accused's CustodyChanged. */
public record BailDecided(CaseId caseId, BailApplicationId applicationId, BailApplication.Decision decision)
        implements CaseEvent {

    public BailDecided {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(applicationId, "bail application id");
        InvalidValueException.required(decision, "bail decision");
    }

    @Override
    public LocalDate on() {
        return decision.on();
    }
}
