package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.VictimHistory;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * Whether a victim of the case was trafficked in other cases (re-trafficking): the other cases the
 * caller may see with the other victim's pseudonym, the identities only where the caller may read
 * them, and only a count of the cases the caller may not see (everyone who may see the case).
 */
public interface VictimHistoryQuery {

    VictimHistory history(Query query);

    /** @param withIdentities whether to read identities where allowed (each read audited) */
    record Query(Actor actor, CaseId caseId, PersonId victim, boolean withIdentities) implements VictimCommand {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(victim, "the victim's id");
        }
    }
}
