package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An application for bail by or for one accused, to a court, and what became of it: pending
 * (no decision), granted with a surety bond, refused, and a grant cancelled later (s.497(5) CrPC).
 */
public record BailApplication(BailApplicationId id, PersonId accused, String court, LocalDate filedOn,
                              Applicant appliedBy, Decision decision, Cancellation cancellation) {

    /** Who moved the application. Storage format: never rename. */
    public enum Applicant { ACCUSED, COUNSEL }

    /** Storage format: never rename. */
    public enum Outcome { GRANTED, REFUSED }

    /**
     * The court's order.
     *
     * @param surety the amount of the bail bond, for a grant only
     * @param reason the court's reason; required where bail is discretionary (s.497 CrPC)
     */
    public record Decision(Outcome outcome, LocalDate on, Rupees surety, String reason) {
        public Decision {
            InvalidValueException.required(outcome, "bail decision");
            InvalidValueException.required(on, "date of the bail decision");
            InvalidValueException.check((outcome == Outcome.GRANTED) == (surety != null), "BAIL_SURETY",
                    "a grant of bail names the surety amount, and a refusal names none");
            InvalidValueException.check(surety == null || surety.amount() > 0, "BAIL_SURETY",
                    "the surety of a bail bond is more than PKR 0");
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }

        public Optional<String> reasonGiven() {
            return Optional.ofNullable(reason);
        }
    }

    /** A grant of bail cancelled by the court, with its reason (s.497(5) CrPC). */
    public record Cancellation(LocalDate on, String reason) {
        public Cancellation {
            InvalidValueException.required(on, "date of the cancellation");
            reason = InvalidValueException.requiredText(reason, "reason for cancelling bail");
        }
    }

    public BailApplication {
        InvalidValueException.required(id, "bail application id");
        InvalidValueException.required(accused, "accused");
        court = InvalidValueException.requiredText(court, "court the bail application is made to");
        InvalidValueException.required(filedOn, "date of the bail application");
        InvalidValueException.required(appliedBy, "who applied for bail");
        InvalidValueException.check(cancellation == null || decision != null && decision.outcome() == Outcome.GRANTED,
                "BAIL_CANCELLATION", "only a grant of bail can be cancelled");
    }

    public static BailApplication filed(BailApplicationId id, PersonId accused, String court, LocalDate filedOn,
                                        Applicant appliedBy) {
        return new BailApplication(id, accused, court, filedOn, appliedBy, null, null);
    }

    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    public Optional<Cancellation> cancelled() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isPending() {
        return decision == null;
    }

    public boolean isGranted() {
        return decision != null && decision.outcome() == Outcome.GRANTED;
    }

    public BailApplication withDecision(Decision given) {
        return new BailApplication(id, accused, court, filedOn, appliedBy, given, cancellation);
    }

    public BailApplication withCancellation(Cancellation made) {
        return new BailApplication(id, accused, court, filedOn, appliedBy, decision, made);
    }
}
