package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The punishment a provision prescribes: a term of imprisonment (minimum and maximum), life or
 * death where allowed, a fine (none, optional or mandatory, with optional bounds in PKR), and the
 * form in which they combine. Statutory limits are stated in whole years and months.
 */
public record Penalty(PenaltyForm form, Period minimumTerm, Period maximumTerm, boolean lifeAllowed,
                      boolean deathAllowed, FineRule fineRule, Rupees minimumFine, Rupees maximumFine) {

    public Penalty {
        InvalidValueException.required(form, "penalty form");
        InvalidValueException.required(fineRule, "fine rule");
        InvalidValueException.required(maximumTerm, "maximum term of imprisonment");
        minimumTerm = minimumTerm == null ? Period.ZERO : minimumTerm.normalized();
        maximumTerm = maximumTerm.normalized();
        checkLimit(minimumTerm, "minimum");
        checkLimit(maximumTerm, "maximum");
        InvalidValueException.check(!maximumTerm.isZero(), "PENALTY_MAXIMUM_POSITIVE",
                "a maximum term of imprisonment must be longer than zero");
        InvalidValueException.check(minimumTerm.toTotalMonths() <= maximumTerm.toTotalMonths(),
                "PENALTY_MINIMUM_NOT_ABOVE_MAXIMUM", "the minimum term (" + Terms.describe(minimumTerm)
                        + ") cannot exceed the maximum (" + Terms.describe(maximumTerm) + ")");
        InvalidValueException.check(fineRule == form.fineRule(), "PENALTY_FINE_RULE_MATCHES_FORM",
                "the penalty form " + form + " implies the fine rule " + form.fineRule() + ", not " + fineRule);
        InvalidValueException.check(fineRule.allowsFine() || (minimumFine == null && maximumFine == null),
                "PENALTY_FINE_BOUNDS_NEED_A_FINE", "fine bounds make no sense where the provision allows no fine");
        InvalidValueException.check(minimumFine == null || maximumFine == null || !minimumFine.isAbove(maximumFine),
                "PENALTY_FINE_MINIMUM_NOT_ABOVE_MAXIMUM",
                "the minimum fine (" + minimumFine + ") cannot exceed the maximum (" + maximumFine + ")");
    }

    private static void checkLimit(Period limit, String which) {
        InvalidValueException.check(!limit.isNegative() && limit.getMonths() >= 0 && limit.getDays() == 0,
                "PENALTY_TERM_IN_YEARS_AND_MONTHS",
                "the " + which + " term must be stated in whole years and months, not " + limit);
    }

    /** A term of imprisonment from {@code minimum} to {@code maximum}; the form fixes the fine rule. */
    public static Penalty imprisonment(PenaltyForm form, Period minimum, Period maximum) {
        return new Penalty(form, minimum, maximum, false, false, form.fineRule(), null, null);
    }

    public static Penalty imprisonmentUpTo(PenaltyForm form, Period maximum) {
        return imprisonment(form, Period.ZERO, maximum);
    }

    public Penalty withFineBetween(Rupees minimum, Rupees maximum) {
        return new Penalty(form, minimumTerm, maximumTerm, lifeAllowed, deathAllowed, fineRule, minimum, maximum);
    }

    public Penalty withFineUpTo(Rupees maximum) {
        return withFineBetween(null, maximum);
    }

    public Penalty orLife() {
        return new Penalty(form, minimumTerm, maximumTerm, true, deathAllowed, fineRule, minimumFine, maximumFine);
    }

    public Penalty orDeath() {
        return new Penalty(form, minimumTerm, maximumTerm, lifeAllowed, true, fineRule, minimumFine, maximumFine);
    }

    public Optional<Rupees> fineMinimum() {
        return Optional.ofNullable(minimumFine);
    }

    public Optional<Rupees> fineMaximum() {
        return Optional.ofNullable(maximumFine);
    }

    public long minimumTermMonths() {
        return minimumTerm.toTotalMonths();
    }

    public long maximumTermMonths() {
        return maximumTerm.toTotalMonths();
    }

    /**
     * Decides whether a sentence lies inside the law (invariant 4). The refusal names the
     * provision and the range, e.g. "PACHTO-3 allows 7 to 14 years and a fine; 15 years is above
     * the maximum".
     */
    public PolicyDecision assess(Sentence sentence, String provision) {
        String allows = provision + " allows " + describeRange();
        switch (sentence.kind()) {
            case DEATH -> {
                if (!deathAllowed) {
                    return refuse(provision + " does not allow the death penalty; it allows " + describeRange());
                }
            }
            case IMPRISONMENT_FOR_LIFE -> {
                if (!lifeAllowed) {
                    return refuse(provision + " does not allow imprisonment for life; it allows " + describeRange());
                }
            }
            case IMPRISONMENT_FOR_A_TERM -> {
                LocalDate start = sentence.pronouncedOn();
                LocalDate release = start.plus(sentence.term());
                if (release.isAfter(start.plus(maximumTerm))) {
                    return refuse(allows + "; " + Terms.describe(sentence.term()) + " is above the maximum");
                }
                if (release.isBefore(start.plus(minimumTerm))) {
                    return refuse(allows + "; " + Terms.describe(sentence.term()) + " is below the minimum");
                }
            }
            case FINE_ONLY -> {
                if (!form.fineAloneAllowed()) {
                    return refuse(allows + "; a fine alone is not a lawful sentence, imprisonment is required");
                }
            }
        }
        return assessFine(sentence, provision, allows);
    }

    private PolicyDecision assessFine(Sentence sentence, String provision, String allows) {
        Optional<Rupees> fine = sentence.fineAmount();
        if (fine.isEmpty()) {
            return fineRule == FineRule.MANDATORY
                    ? refuse(allows + "; the fine is mandatory and the sentence states none")
                    : PolicyDecision.allow();
        }
        if (!fineRule.allowsFine()) {
            return refuse(provision + " does not allow a fine; it allows " + describeRange());
        }
        Rupees amount = fine.get();
        if (maximumFine != null && amount.isAbove(maximumFine)) {
            return refuse(allows + "; a fine of " + amount + " is above the maximum");
        }
        if (minimumFine != null && amount.isBelow(minimumFine)) {
            return refuse(allows + "; a fine of " + amount + " is below the minimum");
        }
        return PolicyDecision.allow();
    }

    private static PolicyDecision refuse(String reason) {
        return PolicyDecision.refuse(Rule.SENTENCE_WITHIN_LAW, reason);
    }

    /** How heavy the provision is, for ordering advice: death, then life, then the longest maximum term. */
    public long severity() {
        long months = maximumTerm.toTotalMonths();
        if (deathAllowed) {
            return 2_000_000L + months;
        }
        return lifeAllowed ? 1_000_000L + months : months;
    }

    /** The range in words, e.g. "5 to 7 years, or a fine of PKR 500,000 to PKR 700,000, or both". */
    public String describeRange() {
        StringBuilder text = new StringBuilder();
        if (deathAllowed) {
            text.append("death, ");
        }
        if (lifeAllowed) {
            text.append("imprisonment for life or ");
        }
        text.append(describeTerm());
        switch (form) {
            case IMPRISONMENT_ONLY -> { }
            case IMPRISONMENT_AND_FINE -> text.append(" and a fine").append(describeFineBounds());
            case IMPRISONMENT_WITH_OPTIONAL_FINE -> text.append(", with or without a fine").append(describeFineBounds());
            case IMPRISONMENT_OR_FINE_OR_BOTH -> text.append(", or a fine").append(describeFineBounds()).append(", or both");
        }
        return text.toString();
    }

    private String describeTerm() {
        if (minimumTerm.isZero()) {
            return "up to " + Terms.describe(maximumTerm);
        }
        boolean wholeYears = minimumTerm.getMonths() == 0 && maximumTerm.getMonths() == 0;
        return wholeYears
                ? minimumTerm.getYears() + " to " + Terms.describe(maximumTerm)
                : Terms.describe(minimumTerm) + " to " + Terms.describe(maximumTerm);
    }

    private String describeFineBounds() {
        if (minimumFine != null && maximumFine != null) {
            return " of " + minimumFine + " to " + maximumFine;
        }
        if (maximumFine != null) {
            return " of up to " + maximumFine;
        }
        return minimumFine != null ? " of at least " + minimumFine : "";
    }
}
