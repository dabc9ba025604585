package org.insaf.domain.offence;

import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.Statute;

import java.util.List;

/** A statute (version) proposed for a set of facts and the victims they concern: what the charge policies judge. */
public record ChargeProposal(Statute statute, OffenceFacts facts, List<Victim> victims) {

    public ChargeProposal {
        InvalidValueException.required(statute, "statute");
        InvalidValueException.required(facts, "facts");
        victims = List.copyOf(InvalidValueException.required(victims, "victims"));
    }
}
