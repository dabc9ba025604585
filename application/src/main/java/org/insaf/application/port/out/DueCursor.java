package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A position in a desk or a queue: the day that orders the list (an undated item sorts after every
 * date, as {@link #UNDATED}), then the case id; keyset pagination.
 */
public record DueCursor(LocalDate key, CaseId id) {

    /** Where undated items sort: after any day a case can be due. */
    public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    public DueCursor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }
}
