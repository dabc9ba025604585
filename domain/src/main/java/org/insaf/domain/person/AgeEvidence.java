package org.insaf.domain.person;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * What is known of a person's age: a date of birth, or an age estimated on a reference date
 * (common for trafficked children without papers), or nothing.
 *
 * <p>Age is counted in completed years: someone born on 29 February completes a year at the start
 * of 1 March in common years, so is a child until the end of 28 February of the year they turn 18.
 */
public record AgeEvidence(LocalDate dateOfBirth, Integer estimatedAge, LocalDate estimatedOn) {

    public static final int AGE_OF_MAJORITY = 18;

    public AgeEvidence {
        if (dateOfBirth != null) {
            InvalidValueException.check(estimatedAge == null && estimatedOn == null, "AGE_BIRTH_DATE_OR_ESTIMATE",
                    "give a date of birth or an estimated age, not both");
        } else {
            InvalidValueException.check((estimatedAge == null) == (estimatedOn == null), "AGE_ESTIMATE_NEEDS_DATE",
                    "an estimated age needs the date on which it was estimated");
            InvalidValueException.check(estimatedAge == null || (estimatedAge >= 0 && estimatedAge <= 130),
                    "AGE_ESTIMATE_PLAUSIBLE", "an estimated age must be between 0 and 130, not " + estimatedAge);
        }
    }

    public static AgeEvidence bornOn(LocalDate dateOfBirth) {
        return new AgeEvidence(InvalidValueException.required(dateOfBirth, "date of birth"), null, null);
    }

    public static AgeEvidence estimated(int years, LocalDate on) {
        return new AgeEvidence(null, years, InvalidValueException.required(on, "date of the estimate"));
    }

    public static AgeEvidence unknown() {
        return new AgeEvidence(null, null, null);
    }

    public boolean isKnown() {
        return dateOfBirth != null || estimatedAge != null;
    }

    /** Completed years on the date; empty when nothing is known or the date is before birth. */
    public Optional<Integer> ageOn(LocalDate date) {
        if (dateOfBirth != null) {
            return date.isBefore(dateOfBirth) ? Optional.empty()
                    : Optional.of(Period.between(dateOfBirth, date).getYears());
        }
        if (estimatedAge != null) {
            int years = Period.between(estimatedOn, date).getYears();
            int age = estimatedAge + years;
            return age < 0 ? Optional.empty() : Optional.of(age);
        }
        return Optional.empty();
    }

    /** True only when the age is known and under {@code years} on the date. */
    public boolean isUnderOn(int years, LocalDate date) {
        return ageOn(date).map(age -> age < years).orElse(false);
    }
}
