package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The court cancelled bail it had granted (s.497(5) CrPC); the accused's CustodyChanged follows. */
public record BailCancelled(CaseId caseId, BailApplicationId applicationId, BailApplication.Cancellation cancellation)
        implements CaseEvent {

    public BailCancelled {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(applicationId, "bail application id");
        InvalidValueException.required(cancellation, "cancellation");
    }

    @Override
    public LocalDate on() {
        return cancellation.on();
    }
}
