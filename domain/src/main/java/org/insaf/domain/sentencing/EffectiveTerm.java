package org.insaf.domain.sentencing;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The imprisonment an order adds up to: the terms of one run run concurrently (the longest counts),
 * the runs one after another (their lengths add up: s.35 CrPC), served from the day of the sentence
 * less the days already spent in custody (s.382-B CrPC), never ending before the sentence itself.
 * Imprisonment in default of a fine is not in it: it is served only if the fine is not paid.
 *
 * @param total       the runs' lengths added up, before the credit
 * @param releaseDate the day the imprisonment ends; empty where there is none, or it is for life or death
 */
public record EffectiveTerm(Period total, int creditDays, Optional<LocalDate> releaseDate) {

    public EffectiveTerm {
        InvalidValueException.required(total, "total term");
        InvalidValueException.required(releaseDate, "release date");
    }

    /**
     * @param runs the terms by run number; each run's terms run concurrently
     * @param lifeOrDeath whether the order includes imprisonment for life or death: no release date then
     */
    public static EffectiveTerm of(LocalDate pronouncedOn, Map<Integer, ? extends Collection<Period>> runs,
                                   int creditDays, boolean lifeOrDeath) {
        InvalidValueException.required(pronouncedOn, "sentence date");
        InvalidValueException.check(creditDays >= 0, "CUSTODY_CREDIT_NOT_NEGATIVE",
                "days in custody cannot be negative: " + creditDays);
        Period total = Period.ZERO;
        for (Collection<Period> run : new TreeMap<>(runs).values()) {
            total = total.plus(longest(pronouncedOn, run));
        }
        total = total.normalized();
        if (lifeOrDeath || total.isZero()) {
            return new EffectiveTerm(total, creditDays, Optional.empty());
        }
        LocalDate end = pronouncedOn.plus(total).minusDays(creditDays);
        return new EffectiveTerm(total, creditDays, Optional.of(end.isBefore(pronouncedOn) ? pronouncedOn : end));
    }

    /** The days still to serve from the sentence date: the total less the credit, never below zero. */
    public long daysToServe(LocalDate pronouncedOn) {
        return releaseDate.map(r -> ChronoUnit.DAYS.between(pronouncedOn, r)).orElse(0L);
    }

    private static Period longest(LocalDate from, Collection<Period> run) {
        Period longest = Period.ZERO;
        for (Period term : run) {
            if (from.plus(term).isAfter(from.plus(longest))) {
                longest = term;
            }
        }
        return longest;
    }
}
