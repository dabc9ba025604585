package org.insaf.application.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's figures as they are reported: for a published year, the latest publication's figures
 * and every figure the data has changed since (a published number is never silently rewritten);
 * for a year not published, the figures counted now.
 */
public record ReportedFigures(YearlyFigures figures, Optional<Publication> publication, List<FigureChange> changedSince) {

    public ReportedFigures {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(publication, "publication");
        changedSince = List.copyOf(changedSince);
    }

    public static ReportedFigures of(YearlyFigures current, Optional<Publication> latest) {
        return latest.map(p -> new ReportedFigures(p.figures(), latest, p.changesTo(current)))
                .orElseGet(() -> new ReportedFigures(current, Optional.empty(), List.of()));
    }
}
