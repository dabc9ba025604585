package org.insaf.adapters.graphql.statistics;

import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Statute titles by code for the figures of a year: the version the catalogue's one rule
 * ({@link StatuteCatalogue#versionToCite}) gives for the last day of that year, so a figure and a
 * charge sheet of the same day name the same version.
 */
final class StatuteTitles {

    private final StatuteCatalogue catalogue;

    StatuteTitles(StatuteCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    boolean knows(String code) {
        return StatuteCode.isValid(code) && catalogue.knows(StatuteCode.of(code));
    }

    Optional<String> title(String code, int year) {
        if (!knows(code)) {
            return Optional.empty();
        }
        return Optional.of(catalogue.versionToCite(StatuteCode.of(code), LocalDate.of(year, 12, 31)).version().title());
    }
}
