package org.insaf.adapters.graphql.error;

import org.insaf.domain.shared.InvalidValueException;

/**
 * A value the adapter itself could not read (an id, a cursor, a page size): answered as
 * {@code BAD_INPUT} with {@link #rule()} in {@code extensions.rule}, as the domain's own format refusals are.
 */
public class BadInput extends InvalidValueException {

    /** How much of a refused value a message quotes: enough to recognise it, never a huge string back. */
    private static final int QUOTED = 40;

    public BadInput(String rule, String message) {
        super(rule, message);
    }

    /**
     * The value in quotes for a message, cut short when long, with control characters and halves of
     * surrogate pairs shown as U+FFFD: the refusal never echoes a huge or unprintable value back.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("'");
        value.codePoints().limit(QUOTED).forEach(c ->
                quoted.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? 0xFFFD : c));
        return quoted.append(value.codePointCount(0, value.length()) > QUOTED ? "…'" : "'").toString();
    }
}
