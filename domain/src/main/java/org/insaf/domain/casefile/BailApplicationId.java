package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.util.UUID;

/** Identifies one bail application within a case (the caller supplies it, so commands are idempotent). */
public record BailApplicationId(UUID value) {

    public BailApplicationId {
        InvalidValueException.required(value, "bail application id");
    }

    public static BailApplicationId random() {
        return new BailApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
