package org.insaf.application.statistics;

import java.util.List;
import java.util.Objects;

/** A publication with what it changed from the revision before it (nothing for the first). */
public record Revision(Publication publication, List<FigureChange> changes) {

    public Revision {
        Objects.requireNonNull(publication, "publication");
        changes = List.copyOf(changes);
    }
}
