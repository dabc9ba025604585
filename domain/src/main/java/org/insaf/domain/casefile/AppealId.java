package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.util.UUID;

/** Identifies one appeal or revision within a case. */
public record AppealId(UUID value) {

    public AppealId {
        InvalidValueException.required(value, "appeal id");
    }

    public static AppealId random() {
        return new AppealId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
