package org.insaf.application.port.in;

import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.port.out.DueCursor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A page of a desk or a queue, with the counts per bucket of the whole list as of {@code today}. */
public record DuePage(List<DueItem> items, boolean hasNextPage, Optional<DueCursor> endCursor, DueItem.Counts counts,
                      LocalDate today) {

    public static final int MAX_PAGE_SIZE = 100;

    public DuePage {
        items = List.copyOf(items);
    }

    /** A page request: checked the same way for every list of this kind. */
    public record Request(Optional<DueCursor> after, int first) {
        public Request {
            after = after == null ? Optional.empty() : after;
            org.insaf.application.error.InvalidCommand.check(first >= 1 && first <= MAX_PAGE_SIZE,
                    "a page holds 1 to " + MAX_PAGE_SIZE + " cases; " + first + " were asked for");
        }
    }
}
