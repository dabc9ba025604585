package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** The catalogue key of a provision, e.g. "PPC-369A" or "PTPA-3-AGG". Stable: cases cite it. */
public record StatuteCode(String value) implements Comparable<StatuteCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public StatuteCode {
        InvalidValueException.check(isValid(value), "STATUTE_CODE_FORMAT",
                "a statute code is upper-case letters and digits joined by hyphens (e.g. PPC-369A), not '" + value + "'");
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
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
