package org.insaf.domain.shared;

import java.util.Objects;

/** The outcome of a domain policy: an allowance, or a refusal that names the rule and the reason. */
public sealed interface PolicyDecision permits PolicyDecision.Allowance, PolicyDecision.Refusal {

    static PolicyDecision allow() {
        return Allowance.INSTANCE;
    }

    static PolicyDecision refuse(Rule rule, String reason) {
        return new Refusal(rule, reason);
    }

    boolean isAllowed();

    /** Turns a refusal into the typed domain error; an allowance passes. */
    default void orThrow() {
        if (this instanceof Refusal refusal) {
            throw new InvariantViolation(refusal.rule(), refusal.reason());
        }
    }

    /** The first refusal wins, so the prosecutor sees the most basic problem first. */
    default PolicyDecision and(java.util.function.Supplier<PolicyDecision> next) {
        return isAllowed() ? next.get() : this;
    }

    record Allowance() implements PolicyDecision {
        static final Allowance INSTANCE = new Allowance();

        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    record Refusal(Rule rule, String reason) implements PolicyDecision {
        public Refusal {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
