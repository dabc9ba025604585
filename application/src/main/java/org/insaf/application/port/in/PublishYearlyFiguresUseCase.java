package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.statistics.Revision;

import java.util.Optional;

/**
 * Publishes a year's figures as they are counted now, which freezes them (analysts). A year
 * already published is published again only as a revision, with the reason for it.
 */
public interface PublishYearlyFiguresUseCase {

    /** A revision's reason is a statement for the record, not an essay. */
    int REASON_MAX_LENGTH = 2000;

    /** The publication made, with the figures it changed from the revision before (none for the first). */
    Revision publish(Command command);

    /** @param reason why the figures are revised; only for a year already published */
    record Command(Actor actor, int year, Optional<String> reason) {
        public Command {
            InvalidCommand.required(actor, "actor");
            reason = reason == null ? Optional.empty() : reason.map(String::strip).filter(r -> !r.isEmpty());
            reason.ifPresent(r -> InvalidCommand.check(r.length() <= REASON_MAX_LENGTH,
                    "a revision's reason is at most " + REASON_MAX_LENGTH + " characters, not " + r.length()));
        }
    }
}
