package org.insaf.application.port.out;

import org.insaf.application.casefile.desk.CaseOnList;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.domain.casefile.Agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of the cause list, the desks and the queues: each list one SQL statement, the
 * caller's access in its predicates, and the bucket counts one more.
 */
public interface DeskReader {

    /** Whether any case or hearing names this court. */
    boolean courtKnown(String court);

    /**
     * The cases on trial whose latest hearing at this court fixed this date for the next, of those the
     * visibility admits, ordered as {@link org.insaf.application.casefile.desk.CauseList#ORDER} says.
     */
    List<Listed> causeList(String court, LocalDate date, CaseVisibility visibility);

    /**
     * The pending cases on which {@code userId} holds one of {@code places}, soonest due first: the
     * next hearing's date, or for an open investigation the FIR's day plus {@code reportDays}.
     */
    Page desk(String userId, Set<CaseVisibility.Place> places, int reportDays, Optional<DueCursor> after, int limit);

    DueItem.Counts deskCounts(String userId, Set<CaseVisibility.Place> places, int reportDays, LocalDate today);

    /** The office's open investigations, oldest FIR first; due the FIR's day plus {@code reportDays}. */
    Page queue(String office, Agency agency, int reportDays, Optional<DueCursor> after, int limit);

    DueItem.Counts queueCounts(String office, Agency agency, int reportDays, LocalDate today);

    /** A case on the cause list with the hearing that fixed the date. */
    record Listed(CaseOnList theCase, LocalDate lastHearing, String lastProceedings) {
    }

    /**
     * A case on a desk or in a queue with the day it is due ({@link DueCursor#UNDATED} for none)
     * and, when that is a hearing, its court.
     */
    record Row(CaseOnList theCase, LocalDate key, Optional<String> hearingCourt) {
    }

    record Page(List<Row> rows, boolean hasNextPage) {
        public Page {
            rows = List.copyOf(rows);
        }
    }
}
