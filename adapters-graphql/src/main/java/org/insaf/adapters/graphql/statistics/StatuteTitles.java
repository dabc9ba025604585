package org.insaf.adapters.graphql.statistics;

import org.insaf.domain.statute.InForcePeriod;
import org.insaf.domain.statute.Statute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Statute titles by code, from one read of the catalogue for a whole response (no read per
 * statute or per year): the latest version in force during the year asked for, else the latest.
 */
final class StatuteTitles {

    private final Map<String, List<Statute>> versionsByCode;

    StatuteTitles(Collection<Statute> catalogue) {
        this.versionsByCode = catalogue.stream().collect(Collectors.groupingBy(s -> s.code().value()));
    }

    boolean knows(String code) {
        return versionsByCode.containsKey(code);
    }

    Optional<String> title(String code, int year) {
        List<Statute> versions = versionsByCode.getOrDefault(code, List.of());
        InForcePeriod wholeYear = InForcePeriod.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        Comparator<Statute> byVersion = Comparator.comparingInt(Statute::version);
        return versions.stream().filter(s -> s.inForce().overlaps(wholeYear)).max(byVersion)
                .or(() -> versions.stream().max(byVersion))
                .map(Statute::title);
    }
}
