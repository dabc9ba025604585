package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The cases the caller may see, narrowed by a filter, one page at a time (keyset pagination). */
public interface FindCasesQuery {

    int MAX_PAGE_SIZE = 100;

    Page findCases(Query query);

    record Query(Actor actor, Optional<CaseStatus> status, Optional<StatuteCode> statute, Optional<String> office,
                 boolean assignedToMe, Optional<LocalDate> registeredFrom, Optional<LocalDate> registeredTo,
                 Optional<CaseCursor> after, int first, Set<CaseDetail.Part> parts) {

        /** A query for every part of each case. */
        public Query(Actor actor, Optional<CaseStatus> status, Optional<StatuteCode> statute, Optional<String> office,
                     boolean assignedToMe, Optional<LocalDate> registeredFrom, Optional<LocalDate> registeredTo,
                     Optional<CaseCursor> after, int first) {
            this(actor, status, statute, office, assignedToMe, registeredFrom, registeredTo, after, first,
                    CaseDetail.Part.ALL);
        }

        /**
         * @param parts the parts of each case the caller will read (the others may come empty); all when null
         */
        public Query {
            parts = parts == null || parts.containsAll(CaseDetail.Part.ALL) ? CaseDetail.Part.ALL
                    : parts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(parts));
            InvalidCommand.required(actor, "actor");
            status = status == null ? Optional.empty() : status;
            statute = statute == null ? Optional.empty() : statute;
            office = office == null ? Optional.empty() : office;
            office.ifPresent(o -> InputLimits.text(o, InputLimits.OFFICE, "filter.office"));
            registeredFrom = registeredFrom == null ? Optional.empty() : registeredFrom;
            registeredTo = registeredTo == null ? Optional.empty() : registeredTo;
            after = after == null ? Optional.empty() : after;
            InvalidCommand.check(first >= 1 && first <= MAX_PAGE_SIZE,
                    "a page holds 1 to " + MAX_PAGE_SIZE + " cases; " + first + " were asked for");
            if (registeredFrom.isPresent() && registeredTo.isPresent()) {
                InvalidCommand.check(!registeredFrom.get().isAfter(registeredTo.get()),
                        "the date range starts after it ends: " + registeredFrom.get() + " to " + registeredTo.get());
            }
        }
    }

    record Page(List<CaseDetail> cases, boolean hasNextPage, Optional<CaseCursor> endCursor) {
        public Page {
            cases = List.copyOf(cases);
        }
    }
}
