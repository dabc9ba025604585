package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;

/**
 * An investigator's queue: the open investigations (registered, under investigation) their office
 * holds, oldest FIR first, each with the interim report's day under s.173(1) CrPC. Anyone but an
 * investigator with an office is refused.
 */
public interface ReadOfficeQueueQuery {

    DuePage readOfficeQueue(Query query);

    record Query(Actor actor, DuePage.Request page) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(page, "page");
        }
    }
}
