package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.PersonView;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * Undoes a link: the accused's person record, joined to another, stands alone again as it was, with
 * the reason (investigators of the case's office).
 */
public interface SeparatePersonUseCase {

    PersonView separate(Command command);

    record Command(Actor actor, CaseId caseId, PersonId person, String reason) implements PersonCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(person, "the accused's person id");
            reason = InputLimits.text(InvalidCommand.requiredText(reason, "the reason"), InputLimits.REASON, "reason");
        }
    }
}
