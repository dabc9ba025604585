package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * A victim was recorded under a pseudonym, with the protected identity given. A victim carries no
 * date of its own, so {@code on} is the case's latest business date when it was recorded.
 */
public record VictimAdded(CaseId caseId, LocalDate on, Victim victim) implements CaseEvent {

    public VictimAdded {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "date");
        InvalidValueException.required(victim, "victim");
    }
}
