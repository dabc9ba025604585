package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * A victim of the case and a victim of another case, with the reason an investigator gives for what
 * is said of the two (confirmed, rejected or separated): the command of each of those use cases.
 */
public record VictimPairCommand(Actor actor, CaseId caseId, PersonId victim, PersonId other, String reason)
        implements VictimCommand {

    public VictimPairCommand {
        InvalidCommand.required(actor, "actor");
        InvalidCommand.required(caseId, "case id");
        InvalidCommand.required(victim, "the victim's id");
        InvalidCommand.required(other, "the other victim's id");
        reason = InputLimits.text(InvalidCommand.requiredText(reason, "the reason"), InputLimits.REASON, "reason");
    }
}
