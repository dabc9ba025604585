package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;

import java.util.Map;
import java.util.Set;

/** The protected identities of victims, for the people assigned to the case only; every read is audited. */
public interface ReadVictimIdentityUseCase {

    Map<PersonId, VictimIdentity> readIdentities(Query query);

    record Query(Actor actor, CaseId caseId, Set<PersonId> victims) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.check(victims != null && !victims.isEmpty(), "name at least one victim whose identity to read");
            victims = Set.copyOf(victims);
        }
    }
}
