package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The punishment a provision prescribes: a term of imprisonment (minimum and maximum), life or
 * death where allowed, a fine (none, optional or mandatory, with optional bounds in PKR), and the
 * form in which they combine. Statutory limits are stated in whole years and months. A maximum
 * term of zero means no term of years at all: imprisonment for life (or death) is the only
 * imprisonment the provision allows (PPC 365B).
 *
 * @param fineAloneBarredFor purposes for which a fine alone is not a lawful sentence although the
 *                           form allows one (PTPA 2018 as amended: sex trafficking of a woman or
 *                           child); empty for most provisions
 */
public record Penalty(PenaltyForm form, Period minimumTerm, Period maximumTerm, boolean lifeAllowed,
                      boolean deathAllowed, FineRule fineRule, Rupees minimumFine, Rupees maximumFine,
                      Set<Purpose> fineAloneBarredFor) {

    public Penalty {
        InvalidValueException.required(form, "penalty form");
        InvalidValueException.required(fineRule, "fine rule");
        InvalidValueException.required(maximumTerm, "maximum term of imprisonment");
        minimumTerm = minimumTerm == null ? Period.ZERO : minimumTerm.normalized();
        maximumTerm = maximumTerm.normalized();
        checkLimit(minimumTerm, "minimum");
        checkLimit(maximumTerm, "maximum");
        InvalidValueException.check(!maximumTerm.isZero() || lifeAllowed || deathAllowed, "PENALTY_MAXIMUM_POSITIVE",
                "a maximum term of imprisonment must be longer than zero, unless life or death is the punishment");
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
        fineAloneBarredFor = fineAloneBarredFor == null || fineAloneBarredFor.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(fineAloneBarredFor));
        InvalidValueException.check(fineAloneBarredFor.isEmpty() || form.fineAloneAllowed(),
                "PENALTY_FINE_ALONE_BAR_NEEDS_FINE_ALONE",
                "a fine alone can only be barred for some purposes where the form allows it at all");
    }

    public Penalty(PenaltyForm form, Period minimumTerm, Period maximumTerm, boolean lifeAllowed,
                   boolean deathAllowed, FineRule fineRule, Rupees minimumFine, Rupees maximumFine) {
        this(form, minimumTerm, maximumTerm, lifeAllowed, deathAllowed, fineRule, minimumFine, maximumFine, Set.of());
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
        return new Penalty(form, minimumTerm, maximumTerm, lifeAllowed, deathAllowed, fineRule, minimum, maximum,
                fineAloneBarredFor);
    }

    public Penalty withFineUpTo(Rupees maximum) {
        return withFineBetween(null, maximum);
    }

    public Penalty orLife() {
        return new Penalty(form, minimumTerm, maximumTerm, true, deathAllowed, fineRule, minimumFine, maximumFine,
                fineAloneBarredFor);
    }

    public Penalty orDeath() {
        return new Penalty(form, minimumTerm, maximumTerm, lifeAllowed, true, fineRule, minimumFine, maximumFine,
                fineAloneBarredFor);
    }

    /** Imprisonment for life only (no term of years): PPC 365B. */
    public static Penalty lifeImprisonment(PenaltyForm form) {
        return new Penalty(form, Period.ZERO, Period.ZERO, true, false, form.fineRule(), null, null);
    }

    public Penalty withFineAloneBarredFor(Set<Purpose> purposes) {
        return new Penalty(form, minimumTerm, maximumTerm, lifeAllowed, deathAllowed, fineRule, minimumFine,
                maximumFine, purposes);
    }

    public boolean allowsTermOfYears() {
        return !maximumTerm.isZero();
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
        return assess(sentence, provision, Set.of());
    }

    /**
     * As {@link #assess(Sentence, String)}, for an offence whose facts allege {@code purposes}: where
     * the provision bars a fine alone for one of them, a fine alone is refused.
     */
    public PolicyDecision assess(Sentence sentence, String provision, Set<Purpose> purposes) {
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
                if (!allowsTermOfYears()) {
                    return refuse(allows + "; a term of years is not a lawful sentence");
                }
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
                Optional<Purpose> barred = purposes.stream()
                        .filter(p -> ElementDefinitions.anyPurposeMeets(fineAloneBarredFor, Set.of(p))).findFirst();
                if (barred.isPresent()) {
                    return refuse(allows + "; a fine alone is not a lawful sentence where the purpose is "
                            + barred.get().describe() + ", imprisonment is required");
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
            text.append(allowsTermOfYears() ? "imprisonment for life or " : "imprisonment for life");
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
        if (!allowsTermOfYears()) {
            return "";
        }
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
