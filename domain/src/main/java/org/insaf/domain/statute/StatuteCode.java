package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** The catalogue key of a provision, e.g. "PPC-369A" or "PTPA-3-AGG". Stable: cases cite it. */
public record StatuteCode(String value) implements Comparable<StatuteCode> {

    /** statute.code and every column citing it */
    public static final int MAX_LENGTH = 32;

    /**
     * The format, as a pattern: {@link #isValid} walks the characters instead (the same rule,
     * StatuteCodeFormatTest), as every charge of every case read is checked.
     */
    static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public StatuteCode {
        InvalidValueException.check(isValid(value), "STATUTE_CODE_FORMAT",
                "a statute code is upper-case letters and digits joined by hyphens (e.g. PPC-369A), at most "
                        + MAX_LENGTH + " characters, not '"
                        + (value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "...") + "'");
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !upperLetter(value.charAt(0))) {
            return false;
        }
        boolean afterHyphen = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (upperLetter(c) || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    private static boolean upperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static StatuteCode of(String value) {
        return new StatuteCode(value);
    }

    @Override
    public int compareTo(StatuteCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
