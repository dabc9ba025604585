package org.insaf.application.error;

/** A command or query is malformed (a missing or impossible value). Nothing was changed. */
public class InvalidCommand extends IllegalArgumentException {

    public InvalidCommand(String message) {
        super(message);
    }

    public static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidCommand(what + " is required");
        }
        return value;
    }

    public static String requiredText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommand(what + " is required");
        }
        return value.strip();
    }

    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidCommand(message);
        }
    }
}
