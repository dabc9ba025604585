package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * The investigation recorded the facts it has found so far (acts, means, purposes, route, offence
 * date), replacing those recorded before: the basis for charge advice and for charges that state
 * none of their own.
 */
public record FactsRecorded(CaseId caseId, LocalDate on, OffenceFacts facts) implements CaseEvent {

    public FactsRecorded {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(on, "date");
        InvalidValueException.required(facts, "facts");
    }
}
