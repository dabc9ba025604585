package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;

/**
 * A telephone number in one form, so that "0300-1234567", "+92 300 1234567" and "0092 3001234567"
 * are one number: digits only, Pakistan's national 0 replaced by its country code 92.
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        InvalidValueException.check(digits != null && digits.matches("[1-9]\\d{6,14}"), "PHONE_FORMAT",
                "a telephone number has 7 to 15 digits, in its national or international form");
    }

    /** A number as written: spaces, dashes, brackets and a leading + or 00 are allowed. */
    public static PhoneNumber of(String written) {
        String text = InvalidValueException.requiredText(written, "telephone number");
        InvalidValueException.check(text.matches("\\+?[0-9 ()./-]{7,30}"), "PHONE_FORMAT",
                "a telephone number has 7 to 15 digits, in its national or international form");
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        } else if (!text.startsWith("+") && digits.startsWith("0")) {
            digits = "92" + digits.substring(1);
        }
        return new PhoneNumber(digits);
    }

    @Override
    public String toString() {
        return "+" + digits;
    }
}
