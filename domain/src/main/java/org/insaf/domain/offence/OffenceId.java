package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;

import java.util.UUID;

/** Identifies one charge within a case (the caller supplies it, so commands are idempotent). */
public record OffenceId(UUID value) {

    public OffenceId {
        InvalidValueException.required(value, "offence id");
    }

    public static OffenceId of(String value) {
        return new OffenceId(UUID.fromString(value));
    }

    public static OffenceId random() {
        return new OffenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
