package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.NetworkBounds;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.util.Optional;

/**
 * The network around a case or around an accused person, limited to the cases the caller may see
 * (investigators, prosecutors, judges and admins; analysts and auditors are refused).
 */
public interface ReadNetworkQuery {

    PersonNetwork network(Query query);

    /** Exactly one of the case and the person to start from. */
    record Query(Actor actor, Optional<CaseId> caseId, Optional<PersonId> person, NetworkBounds bounds) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(person, "person id");
            InvalidCommand.required(bounds, "network bounds");
            if (caseId.isPresent() == person.isPresent()) {
                throw new InvalidValueException("NETWORK_START",
                        "a network starts from a case or from a person: give exactly one of the two");
            }
        }
    }
}
