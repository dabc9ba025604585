package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;

/**
 * A prosecutor's or judge's desk: the pending cases assigned to them, soonest due first (the next
 * hearing, or the interim report under s.173(1) CrPC while the investigation is open), with what is
 * due. Anyone else is refused.
 */
public interface ReadDeskQuery {

    DuePage readDesk(Query query);

    record Query(Actor actor, DuePage.Request page) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(page, "page");
        }
    }
}
