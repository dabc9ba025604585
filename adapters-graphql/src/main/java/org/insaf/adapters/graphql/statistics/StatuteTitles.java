package org.insaf.adapters.graphql.statistics;

import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Statute titles by code, from one read of the catalogue for a whole response (no read per
 * statute or per year): the title of the version the domain's one rule cites
 * ({@link StatuteCatalogue#versionToCite}) on the last day of the year asked for.
 */
final class StatuteTitles {

    private final StatuteCatalogue catalogue;

    StatuteTitles(Collection<Statute> statutes) {
        this.catalogue = new StatuteCatalogue(statutes);
    }

    boolean knows(String code) {
        return catalogue.knows(StatuteCode.of(code));
    }

    Optional<String> title(String code, int year) {
        StatuteCode statute = StatuteCode.of(code);
        return catalogue.knows(statute)
                ? Optional.of(catalogue.versionToCite(statute, LocalDate.of(year, 12, 31)).version().title())
                : Optional.empty();
    }
}
