package org.insaf.domain.shared;

import java.util.Objects;

/**
 * A value that cannot exist in the model (e.g. a penalty whose minimum exceeds its maximum).
 * It is an IllegalArgumentException so that callers treat it as bad input; {@link #rule()} names
 * the rule for error codes and tests.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String rule;

    public InvalidValueException(String rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public String rule() {
        return rule;
    }

    /** Throws when the condition does not hold; keeps constructors readable. */
    public static void check(boolean condition, String rule, String message) {
        if (!condition) {
            throw new InvalidValueException(rule, message);
        }
    }

    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidValueException("REQUIRED", name + " is required");
        }
        return value;
    }

    public static String requiredText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("REQUIRED", name + " is required");
        }
        return value.strip();
    }
}
