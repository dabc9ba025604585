package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;

import java.util.List;
import java.util.Optional;

/**
 * A case's audit trail, one page at a time, for auditors only; every read, and every refused
 * attempt, is itself audited. Any case id may be asked for: refused attempts on ids that name no
 * case are on the trail too.
 */
public interface ReadAuditTrailQuery {

    int MAX_PAGE_SIZE = 100;

    Page readAuditTrail(Query query);

    /** @param after the sequence of the last entry of the previous page */
    record Query(Actor actor, CaseId caseId, Optional<Long> after, int first) {
        public Query {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            after = after == null ? Optional.empty() : after;
            InvalidCommand.check(after.map(a -> a >= 0).orElse(true), "an audit cursor is never negative");
            InvalidCommand.check(first >= 1 && first <= MAX_PAGE_SIZE,
                    "a page holds 1 to " + MAX_PAGE_SIZE + " audit entries; " + first + " were asked for");
        }
    }

    record Page(List<AuditRecord> entries, boolean hasNextPage) {
        public Page {
            entries = List.copyOf(entries);
        }

        public Optional<Long> endCursor() {
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).sequence());
        }
    }
}
