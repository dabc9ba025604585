package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** A person or organisation was accused in the case, with the non-punishment justification if one was needed. */
public record AccusedAdded(CaseId caseId, Accused accused) implements CaseEvent {

    public AccusedAdded {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(accused, "accused");
    }

    @Override
    public LocalDate on() {
        return accused.addedOn();
    }
}
