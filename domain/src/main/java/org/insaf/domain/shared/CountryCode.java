package org.insaf.domain.shared;

import java.util.regex.Pattern;

/** An ISO 3166-1 alpha-2 country code, e.g. "PK". Used for nationalities and routes. */
public record CountryCode(String value) {

    // declared before PAKISTAN: static initialisers run in order
    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public static final CountryCode PAKISTAN = new CountryCode("PK");

    public CountryCode {
        InvalidValueException.check(value != null && ALPHA_2.matcher(value).matches(), "COUNTRY_CODE_FORMAT",
                "a country is given by its ISO 3166-1 alpha-2 code (e.g. PK, AF, IR), not '" + value + "'");
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public boolean isPakistan() {
        return equals(PAKISTAN);
    }

    @Override
    public String toString() {
        return value;
    }
}
