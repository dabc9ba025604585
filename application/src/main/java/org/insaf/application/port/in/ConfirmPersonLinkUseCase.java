package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.PersonView;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * Confirms that a candidate is the same person as an accused of the case: the two records are joined
 * as one person, with the reason (investigators of the case's office, who can see the candidate).
 */
public interface ConfirmPersonLinkUseCase {

    PersonView confirmLink(Command command);

    record Command(Actor actor, CaseId caseId, PersonId person, PersonId candidate, String reason)
            implements PersonCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(person, "the accused's person id");
            InvalidCommand.required(candidate, "the candidate's person id");
            reason = InputLimits.text(InvalidCommand.requiredText(reason, "the reason"), InputLimits.REASON, "reason");
        }
    }
}
