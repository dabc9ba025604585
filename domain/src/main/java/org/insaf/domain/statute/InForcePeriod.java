package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/** When a provision (version) applies: from a date inclusive until a date exclusive, or open-ended. */
public record InForcePeriod(LocalDate from, LocalDate until) {

    public InForcePeriod {
        InvalidValueException.required(from, "in force from");
        InvalidValueException.check(until == null || from.isBefore(until), "IN_FORCE_FROM_BEFORE_UNTIL",
                "a provision must come into force before it ceases: from " + from + ", until " + until);
    }

    public static InForcePeriod from(LocalDate from) {
        return new InForcePeriod(from, null);
    }

    public static InForcePeriod between(LocalDate from, LocalDate until) {
        return new InForcePeriod(from, until);
    }

    public Optional<LocalDate> untilDate() {
        return Optional.ofNullable(until);
    }

    /** The last day the provision applied, if it ceased: the day before {@code until}. */
    public Optional<LocalDate> lastDay() {
        return untilDate().map(day -> day.minusDays(1));
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    public boolean overlaps(InForcePeriod other) {
        boolean thisEndsBeforeOther = until != null && !until.isAfter(other.from);
        boolean otherEndsBeforeThis = other.until != null && !other.until.isAfter(from);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    /** "from 2016-03-18" or "from 2002-10-01 to 2018-05-30" (both days included). */
    public String describe() {
        return until == null ? "from " + from : "from " + from + " to " + until.minusDays(1);
    }
}
