package org.insaf.domain.person;

import org.insaf.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The name a victim goes by in every record and report, e.g. V-2017-000123 (HTCDS: replace names
 * with a unique id). The sequence comes from outside (a port); the format is the domain's.
 */
public record Pseudonym(String value) {

    private static final Pattern FORMAT = Pattern.compile("V-\\d{4}-\\d{6}");

    public Pseudonym {
        InvalidValueException.check(value != null && FORMAT.matcher(value).matches(), "PSEUDONYM_FORMAT",
                "a victim pseudonym reads V-<year>-<6 digits>, e.g. V-2017-000123, not '" + value + "'");
    }

    public static Pseudonym of(int year, long sequence) {
        InvalidValueException.check(year >= 1000 && year <= 9999, "PSEUDONYM_YEAR", "the year must have 4 digits: " + year);
        InvalidValueException.check(sequence >= 1 && sequence <= 999_999, "PSEUDONYM_SEQUENCE",
                "the sequence number must be between 1 and 999999: " + sequence);
        return new Pseudonym(String.format("V-%d-%06d", year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
