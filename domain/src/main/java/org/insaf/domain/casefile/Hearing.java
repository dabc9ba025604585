package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One hearing of the trial. The next date is a scheduled date and may lie in the future; the
 * hearing itself may not.
 *
 * @param nextDate null when no further hearing is fixed
 */
public record Hearing(LocalDate date, String court, String proceedings, LocalDate nextDate) {

    public Hearing {
        InvalidValueException.required(date, "hearing date");
        court = InvalidValueException.requiredText(court, "court");
        proceedings = InvalidValueException.requiredText(proceedings, "what happened at the hearing");
        InvalidValueException.check(nextDate == null || nextDate.isAfter(date), "HEARING_NEXT_DATE_AFTER_HEARING",
                "the next hearing (" + nextDate + ") must come after this one (" + date + ")");
    }

    public Optional<LocalDate> nextHearing() {
        return Optional.ofNullable(nextDate);
    }
}
