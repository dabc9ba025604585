package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.util.UUID;

public record CaseId(UUID value) {

    public CaseId {
        InvalidValueException.required(value, "case id");
    }

    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
