package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A court's verdict on one charge as the court gives it: the outcome, its date, and what the law
 * requires to be recorded with it.
 *
 * @param onGuiltyPlea  a conviction on the accused's plea of guilty (s.265-E CrPC); false otherwise
 * @param effect        discharge or acquittal for a withdrawal (s.494 CrPC), fixed by the outcome otherwise
 * @param compoundedBy  the victim (person aggrieved) who compounded the offence; only when COMPOUNDED
 * @param accusedDiedOn the day the accused died; only when ABATED
 */
public record Verdict(VerdictOutcome outcome, LocalDate date, boolean onGuiltyPlea, VerdictEffect effect,
                      PersonId compoundedBy, LocalDate accusedDiedOn) {

    public Verdict {
        InvalidValueException.required(outcome, "verdict outcome");
        InvalidValueException.required(date, "verdict date");
        InvalidValueException.required(effect, "effect of the verdict");
        InvalidValueException.check(effectFits(outcome, effect), "VERDICT_EFFECT_MATCHES_OUTCOME",
                "a verdict " + outcome + " cannot have the effect " + effect);
        InvalidValueException.check(!onGuiltyPlea || outcome == VerdictOutcome.CONVICTED, "VERDICT_PLEA_ONLY_CONVICTS",
                "only a conviction rests on a plea of guilty; the verdict is " + outcome);
        InvalidValueException.check((compoundedBy != null) == (outcome == VerdictOutcome.COMPOUNDED),
                "VERDICT_COMPOUNDING_PARTY", "a composition, and only a composition, names the person who compounded");
        InvalidValueException.check((accusedDiedOn != null) == (outcome == VerdictOutcome.ABATED),
                "VERDICT_DATE_OF_DEATH", "an abatement, and only an abatement, records the day the accused died");
        InvalidValueException.check(accusedDiedOn == null || !accusedDiedOn.isAfter(date), "VERDICT_DATE_OF_DEATH",
                "the accused's death (" + accusedDiedOn + ") cannot be after the abatement is recorded (" + date + ")");
    }

    /** A verdict after trial: CONVICTED or ACQUITTED; the other outcomes need their particulars. */
    public Verdict(VerdictOutcome outcome, LocalDate date) {
        this(outcome, date, false, outcome == VerdictOutcome.CONVICTED ? VerdictEffect.CONVICTION : VerdictEffect.ACQUITTAL,
                null, null);
        InvalidValueException.check(outcome == VerdictOutcome.CONVICTED || outcome == VerdictOutcome.ACQUITTED,
                "VERDICT_PARTICULARS", "a verdict " + outcome + " is recorded with its particulars");
    }

    public static Verdict convictedOnGuiltyPlea(LocalDate date) {
        return new Verdict(VerdictOutcome.CONVICTED, date, true, VerdictEffect.CONVICTION, null, null);
    }

    /** @param chargeFramed whether the trial had begun (charge framed): acquittal then, discharge before */
    public static Verdict withdrawn(LocalDate date, boolean chargeFramed) {
        return new Verdict(VerdictOutcome.WITHDRAWN, date, false,
                chargeFramed ? VerdictEffect.ACQUITTAL : VerdictEffect.DISCHARGE, null, null);
    }

    public static Verdict compounded(LocalDate date, PersonId by) {
        return new Verdict(VerdictOutcome.COMPOUNDED, date, false, VerdictEffect.ACQUITTAL,
                InvalidValueException.required(by, "person who compounded"), null);
    }

    public static Verdict abated(LocalDate date, LocalDate accusedDiedOn) {
        return new Verdict(VerdictOutcome.ABATED, date, false, VerdictEffect.ABATEMENT, null,
                InvalidValueException.required(accusedDiedOn, "date of the accused's death"));
    }

    private static boolean effectFits(VerdictOutcome outcome, VerdictEffect effect) {
        return switch (outcome) {
            case CONVICTED -> effect == VerdictEffect.CONVICTION;
            case ACQUITTED, COMPOUNDED -> effect == VerdictEffect.ACQUITTAL;
            case WITHDRAWN -> effect == VerdictEffect.ACQUITTAL || effect == VerdictEffect.DISCHARGE;
            case ABATED -> effect == VerdictEffect.ABATEMENT;
        };
    }

    public boolean isConviction() {
        return outcome == VerdictOutcome.CONVICTED;
    }

    public Optional<PersonId> compoundingParty() {
        return Optional.ofNullable(compoundedBy);
    }

    public Optional<LocalDate> dateOfDeath() {
        return Optional.ofNullable(accusedDiedOn);
    }
}
