package org.insaf.domain.person;

import org.insaf.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The real identity of a victim, kept apart from the rest of the record (Palermo art. 6(1)).
 * toString never prints it, so it cannot leak into logs or error messages.
 *
 * @param cnic Pakistani computerised national identity card number, 12345-1234567-1; null for
 *             foreigners and children without one
 */
public record VictimIdentity(String name, String cnic, String contact, String address) {

    private static final Pattern CNIC = Pattern.compile("\\d{5}-\\d{7}-\\d");

    public VictimIdentity {
        name = InvalidValueException.requiredText(name, "victim name");
        InvalidValueException.check(cnic == null || CNIC.matcher(cnic).matches(), "CNIC_FORMAT",
                "a CNIC reads 12345-1234567-1");
    }

    @Override
    public String toString() {
        return "VictimIdentity[protected]";
    }
}
