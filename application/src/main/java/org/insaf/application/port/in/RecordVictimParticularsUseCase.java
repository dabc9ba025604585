package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.shared.PersonId;

/**
 * Records what is known of the person behind a victim, as part of the protected identity: names as
 * written (any script, aliases), father's name, CNIC, passport, phones, home district (investigators
 * of the case's office). Names and phones are added to those recorded, the rest set where given.
 */
public interface RecordVictimParticularsUseCase {

    /** The victim's pseudonym: nothing of what was recorded is answered. */
    String recordVictimParticulars(Command command);

    record Command(Actor actor, CaseId caseId, PersonId victim, PersonParticulars particulars) implements VictimCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(victim, "the victim's id");
            RecordPersonParticularsUseCase.withinLimits(InvalidCommand.required(particulars, "the particulars"));
        }
    }
}
