package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CustodyChange;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** An accused entered a custody status: arrested, released on bail, declared absconding or a proclaimed offender. */
public record CustodyChanged(CaseId caseId, CustodyChange change) implements CaseEvent {

    public CustodyChanged {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(change, "custody change");
    }

    @Override
    public LocalDate on() {
        return change.since();
    }
}
