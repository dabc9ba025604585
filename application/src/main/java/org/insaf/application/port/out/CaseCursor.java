package org.insaf.application.port.out;

import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/** A position in the case list (registration date, then id, both descending): keyset pagination. */
public record CaseCursor(LocalDate registeredOn, CaseId id) {

    public CaseCursor {
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(id, "id");
    }

    /** The position of a case read from the list. */
    public static CaseCursor of(CaseDetail c) {
        return new CaseCursor(c.registeredOn(), CaseId.of(c.id()));
    }
}
