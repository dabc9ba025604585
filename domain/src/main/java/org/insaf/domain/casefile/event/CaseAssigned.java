package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/** The case was put on people's desks: who works on it from now on (the whole assignment, not a change). */
public record CaseAssigned(CaseId caseId, LocalDate on, CaseAssignment assignment) implements CaseEvent {

    public CaseAssigned {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "date");
        InvalidValueException.required(assignment, "assignment");
    }
}
