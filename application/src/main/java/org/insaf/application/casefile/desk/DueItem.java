package org.insaf.application.casefile.desk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A case on a desk or in a queue with what is due in it next and when.
 *
 * @param dueOn     the day it is due: the next hearing, or the last day of the interim report under
 *                  s.173(1) CrPC while the investigation is open; empty when no date is fixed
 * @param dueAt     the court of the next hearing, when the date is one
 * @param dueUnder  the law that sets the date, when the law does (not for a hearing the court fixed)
 */
public record DueItem(CaseOnList theCase, Optional<LocalDate> dueOn, Optional<String> dueAt, Optional<String> dueUnder,
                      Bucket bucket) {

    public DueItem {
        Objects.requireNonNull(theCase, "case");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dueUnder, "dueUnder");
        Objects.requireNonNull(bucket, "bucket");
    }

    /** When something is due, relative to the business clock's today. */
    public enum Bucket {
        /** Before today. */
        OVERDUE,
        /** Today or within the six days after it. */
        THIS_WEEK,
        /** Seven days from today or later. */
        LATER,
        /** No date is fixed. */
        UNDATED;

        public static Bucket of(Optional<LocalDate> due, LocalDate today) {
            if (due.isEmpty()) {
                return UNDATED;
            }
            if (due.get().isBefore(today)) {
                return OVERDUE;
            }
            return due.get().isBefore(today.plusDays(7)) ? THIS_WEEK : LATER;
        }
    }

    /** How many of the whole list (not only the page) fall in each bucket. */
    public record Counts(long overdue, long thisWeek, long later, long undated) {
    }
}
