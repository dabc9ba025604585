package org.insaf.application.port.in;

import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The limits of what a caller may send, one source for the commands that enforce them and the API
 * descriptions that state them. Text limits match their columns (counted, as PostgreSQL counts
 * them, in characters, not UTF-16 units), so a value never reaches SQL to be refused or cut there.
 * Refusals are bad input whose rule says which limit, and whose message names the field.
 */
public final class InputLimits {

    private InputLimits() {
    }

    /** The earliest date any input may carry: no case, person or law of this system is older. */
    public static final String EARLIEST_DATE_TEXT = "1900-01-01";
    public static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST_DATE_TEXT);

    /** case_file.fir_number */
    public static final int FIR_NUMBER = 60;
    /** case_file.circle */
    public static final int OFFICE = 100;
    /** case_file.office_district */
    public static final int DISTRICT = 100;
    /** accused.name; the victim's name is held to the same */
    public static final int NAME = 200;
    /** a victim's contact (stored encrypted) */
    public static final int CONTACT = 200;
    /** a victim's address (stored encrypted) */
    public static final int ADDRESS = 500;
    /** case_file.court and hearing.court */
    public static final int COURT = 200;
    /** case_file.lead_investigator, prosecutor, judge: a user id */
    public static final int USER_ID = 100;
    /** the reason an investigation was closed, a non-punishment justification */
    public static final int REASON = 2000;
    /** what happened at a hearing */
    public static final int PROCEEDINGS = 4000;
    /** one section of another law cited by an FIR (case_other_section.section) */
    public static final int OTHER_SECTION = 100;

    /** statute codes of an FIR, and sections of other laws */
    public static final int MAX_SECTIONS = 20;
    /**
     * charges of a charge sheet, victims of a charge, links of an accused, countries of a route: a
     * brick-kiln case can charge a dozen accused under several statutes for scores of victims
     */
    public static final int MAX_ITEMS = 1000;

    public static final String RULE_TOO_LONG = "INPUT_TOO_LONG";
    public static final String RULE_CHARACTERS = "INPUT_CHARACTERS";
    public static final String RULE_TOO_MANY = "INPUT_TOO_MANY";
    public static final String RULE_DATE_RANGE = "INPUT_DATE_RANGE";

    /**
     * Refuses a text that is longer than {@code max} characters, or that holds a NUL byte or half of
     * a surrogate pair (PostgreSQL cannot store the first, and the driver turns the second into '?').
     * Null passes: whether a value is required is the caller's rule.
     */
    public static String text(String value, int max, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new InvalidValueException(RULE_CHARACTERS, field + " holds a NUL character (at " + i + "), which is not text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(RULE_CHARACTERS, field + " holds half of a UTF-16 surrogate pair (at " + i
                        + "), which is not a character");
            }
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidValueException(RULE_TOO_LONG, field + " is " + length + " characters long; at most " + max
                    + " are allowed");
        }
        return value;
    }

    /** Refuses a list of more than {@code max} items; null passes. */
    public static <C extends Collection<?>> C count(C values, int max, String field) {
        if (values != null && values.size() > max) {
            throw new InvalidValueException(RULE_TOO_MANY, field + " holds " + values.size() + " items; at most " + max
                    + " are allowed");
        }
        return values;
    }

    /** Refuses a date before {@link #EARLIEST_DATE}; null passes. */
    public static LocalDate date(LocalDate value, String field) {
        if (value != null && value.isBefore(EARLIEST_DATE)) {
            throw new InvalidValueException(RULE_DATE_RANGE, field + " is " + value + "; dates start at " + EARLIEST_DATE);
        }
        return value;
    }
}
