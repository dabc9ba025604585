package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** A position in the case list (registration date, then id, both descending): keyset pagination. */
public record CaseCursor(LocalDate registeredOn, CaseId id) {

    public CaseCursor {
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(id, "id");
    }
}
