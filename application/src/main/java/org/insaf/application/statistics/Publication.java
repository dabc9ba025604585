package org.insaf.application.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One publication of a year's figures, frozen: revision 1 is the first; each later revision
 * carries the reason it was made, and every revision stays readable.
 *
 * @param publishedOn the business date of the publication
 * @param publishedBy the id of the analyst who published it
 */
public record Publication(int year, int revision, LocalDate publishedOn, Instant publishedAt, String publishedBy,
                          Optional<String> reason, YearlyFigures figures) {

    public Publication {
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(figures, "figures");
        if (revision < 1 || figures.year() != year || (revision == 1) == reason.isPresent()) {
            throw new IllegalArgumentException("revision " + revision + " of " + year
                    + ": the first publication has no reason, every revision has one");
        }
    }

    /** The publication's figures, compared with {@code current}. */
    public java.util.List<FigureChange> changesTo(YearlyFigures current) {
        return FigureRows.changes(figures, current);
    }
}
