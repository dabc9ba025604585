package org.insaf.domain.shared;

import java.util.Objects;

/** A refusal by the domain: names the rule broken and says why in words a prosecutor reads. */
public class InvariantViolation extends RuntimeException {

    private final Rule rule;

    public InvariantViolation(Rule rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public Rule rule() {
        return rule;
    }
}
