package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.PersonCandidates;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;

/**
 * The persons of other cases probably the same as an accused of a case, with a score and the reasons
 * (investigators of the case's office, admins). Those in cases the caller may not see are counted only.
 */
public interface FindPersonCandidatesQuery {

    /** At most this many candidates are weighed. */
    int LIMIT = 20;

    PersonCandidates candidates(Query query);

    record Query(Actor actor, CaseId caseId, PersonId person) implements PersonCommand {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(person, "the accused's person id");
        }
    }
}
