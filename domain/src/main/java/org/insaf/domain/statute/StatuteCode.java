package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** The catalogue key of a provision, e.g. "PPC-369A" or "PTPA-3-AGG". Stable: cases cite it. */
public record StatuteCode(String value) implements Comparable<StatuteCode> {

    /** statute.code and every column citing it */
    public static final int MAX_LENGTH = 32;

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public StatuteCode {
        InvalidValueException.check(isValid(value), "STATUTE_CODE_FORMAT",
                "a statute code is upper-case letters and digits joined by hyphens (e.g. PPC-369A), at most "
                        + MAX_LENGTH + " characters, not '"
                        + (value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "...") + "'");
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches();
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
