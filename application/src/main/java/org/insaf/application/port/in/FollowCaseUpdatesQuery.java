package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Live updates: which of the cases the caller may see changed, and how, as the changes are
 * committed by any instance of the service. Access is checked when following starts (as for the
 * list of cases, or for the one case followed) and again for each change, against who holds the
 * case at that moment: an assignment or a transfer takes effect on the next change.
 */
public interface FollowCaseUpdatesQuery {

    /** How many cases-or-lists one user may follow at once, on one instance of the service. */
    int MAX_PER_USER = 8;

    /** How many followers one instance of the service serves at once, all users together. */
    int MAX_PER_INSTANCE = 2_000;

    /**
     * @param actor  who follows
     * @param caseId one case to follow, or every case the actor may see
     */
    record Query(Actor actor, Optional<CaseId> caseId) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id (or none)");
        }
    }

    /** A running follow; stopping it is idempotent. */
    interface Following {
        void stop();
    }

    /**
     * Starts following, or refuses: an analyst (no case list), a case not open to the caller (not
     * found, audited as the case query audits it), or too many followers.
     *
     * @param updates receives each change the caller may see; called from the feed's thread, so it
     *                must hand the change on without blocking
     */
    Following follow(Query query, Consumer<CaseChange> updates);
}
