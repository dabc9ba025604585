package org.insaf.application.casefile.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The cases a court hears on a day, in the order it calls them, numbered from 1. The order is the
 * one {@link #ORDER} states; the read side sorts by it.
 */
public record CauseList(String court, LocalDate date, List<Entry> entries) {

    /** How the list is ordered, as the page and the documentation state it. */
    public static final String ORDER = "cases with an accused in custody first (under-trial prisoners), then the oldest "
            + "FIR first (registration day), then FIR number, then case id";

    public CauseList {
        Objects.requireNonNull(court, "court");
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
    }

    /**
     * @param serial          the case's number on the list, from 1
     * @param lastHearing     the day of the hearing that fixed this date
     * @param lastProceedings what happened at that hearing
     */
    public record Entry(int serial, CaseOnList theCase, LocalDate lastHearing, String lastProceedings) {
        public Entry {
            Objects.requireNonNull(theCase, "case");
        }
    }
}
