package org.insaf.domain.sentencing;

import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;

import java.time.Period;
import java.util.Optional;

/**
 * What a sentencing order says of one conviction: in which run its term of imprisonment is served
 * (terms of one run run concurrently, the runs one after another: s.35 CrPC), the description of the
 * imprisonment (PPC s.53), and the imprisonment in default of paying its fine (PPC ss.64-67).
 *
 * @param run             the run its term is served in, from 1; null unless the sentence is a term
 * @param description     rigorous or simple; null unless the sentence is a term
 * @param inDefaultOfFine null where no fine was imposed or no default term directed
 */
public record ChargeDirection(OffenceId charge, Integer run, ImprisonmentDescription description,
                              Period inDefaultOfFine) {

    static final long MAX_MONTHS = 100 * 12;
    static final int MAX_DAYS = 36_600;

    public ChargeDirection {
        InvalidValueException.required(charge, "charge");
        InvalidValueException.check(run == null || run >= 1, "DIRECTION_RUN_FROM_ONE",
                "runs of a sentencing order are numbered from 1, not " + run);
        InvalidValueException.check((run == null) == (description == null), "DIRECTION_TERM_HAS_RUN_AND_DESCRIPTION",
                "a term of imprisonment is given both its run and its description (rigorous or simple), other sentences neither");
        if (inDefaultOfFine != null) {
            InvalidValueException.check(!inDefaultOfFine.isNegative() && !inDefaultOfFine.isZero(),
                    "DIRECTION_DEFAULT_TERM_POSITIVE",
                    "imprisonment in default of a fine must be longer than zero and have no negative part: " + inDefaultOfFine);
            inDefaultOfFine = inDefaultOfFine.normalized();
            // Far above any quarter the law allows, but within the calendar's reach.
            InvalidValueException.check(inDefaultOfFine.toTotalMonths() <= MAX_MONTHS && inDefaultOfFine.getDays() <= MAX_DAYS,
                    "DIRECTION_DEFAULT_TERM_BOUNDED", "imprisonment in default of a fine of " + inDefaultOfFine
                            + " is beyond any law: at most " + MAX_MONTHS / 12 + " years and " + MAX_DAYS + " days");
        }
    }

    public Optional<Integer> runNumber() {
        return Optional.ofNullable(run);
    }

    public Optional<Period> defaultTerm() {
        return Optional.ofNullable(inDefaultOfFine);
    }
}
