package org.insaf.domain.shared;

import java.util.UUID;

/**
 * A person (or organisation) known to the system, whatever part they play in a case. The same id
 * as victim and as accused is how the non-punishment rule (invariant 7) recognises one person.
 */
public record PersonId(UUID value) {

    public PersonId {
        InvalidValueException.required(value, "person id");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
