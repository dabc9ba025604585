package org.insaf.domain.casefile;

import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteRef;

import java.util.Set;

/** One count of a charge sheet as proposed by the prosecutor; becomes an Offence once filed. */
public record Charge(OffenceId id, PersonId accused, StatuteRef statute, Set<PersonId> victims, OffenceFacts facts) {

    public Charge {
        InvalidValueException.required(id, "offence id");
        InvalidValueException.required(accused, "accused");
        InvalidValueException.required(statute, "statute");
        InvalidValueException.required(facts, "facts");
        victims = Set.copyOf(InvalidValueException.required(victims, "victims"));
    }
}
