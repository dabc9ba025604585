package org.insaf.application.statistics;

import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One year of figures: per statute (ordered by code); the headline under the provisions that count
 * as trafficking ({@code OffenceCategory.countsAsTrafficking}), each accused once ({@code persons})
 * and once per provision ({@code pairs}); the victims identified that year (recorded in cases
 * registered that year) by sex, age group and form of exploitation; the cases registered that
 * year by their status now; and the persons headline split by the agency and province of the
 * office that held each case ({@code offices}, ordered by agency, then province, none first); and the
 * headline's alleged traffickers as distinct persons across cases ({@code distinctPersons}: empty in a
 * publication made before they were counted). Aggregates only: no person can be picked out of them.
 */
public record YearlyFigures(int year, List<StatuteFigures> statutes, HeadlineFigures persons, HeadlineFigures pairs,
                            Map<Gender, Long> victimsBySex, Map<AgeGroup, Long> victimsByAgeGroup,
                            Map<Purpose, Long> victimsByExploitation, Map<CaseStatus, Long> casesByStatus,
                            List<OfficeFigures> offices, Optional<HeadlineFigures> distinctPersons) {

    /** The order of the offices' rows: by agency, then province, an office without one first. */
    public static final Comparator<OfficeFigures> OFFICE_ORDER = Comparator.comparing(OfficeFigures::agency)
            .thenComparing(o -> o.province().map(p -> p.ordinal() + 1).orElse(0));

    public YearlyFigures {
        statutes = List.copyOf(statutes);
        offices = Objects.requireNonNull(offices, "offices").stream().sorted(OFFICE_ORDER).toList();
        if (Objects.requireNonNull(distinctPersons, "distinct persons").filter(d -> d.unit() != CountingUnit.DISTINCT_PERSONS)
                .isPresent()) {
            throw new IllegalArgumentException("the distinct persons are counted in DISTINCT_PERSONS");
        }
        if (Objects.requireNonNull(persons, "persons").unit() != CountingUnit.PERSONS
                || Objects.requireNonNull(pairs, "pairs").unit() != CountingUnit.PERSON_STATUTE_PAIRS) {
            throw new IllegalArgumentException("the headline is persons, then (person, statute) pairs");
        }
        victimsBySex = Map.copyOf(victimsBySex);
        victimsByAgeGroup = Map.copyOf(victimsByAgeGroup);
        victimsByExploitation = Map.copyOf(victimsByExploitation);
        casesByStatus = Map.copyOf(casesByStatus);
    }

    /** A year without the distinct persons (a publication made before they were counted). */
    public YearlyFigures(int year, List<StatuteFigures> statutes, HeadlineFigures persons, HeadlineFigures pairs,
                         Map<Gender, Long> victimsBySex, Map<AgeGroup, Long> victimsByAgeGroup,
                         Map<Purpose, Long> victimsByExploitation, Map<CaseStatus, Long> casesByStatus,
                         List<OfficeFigures> offices) {
        this(year, statutes, persons, pairs, victimsBySex, victimsByAgeGroup, victimsByExploitation, casesByStatus,
                offices, Optional.empty());
    }

    /** A year with no split by office (no person counted in it). */
    public YearlyFigures(int year, List<StatuteFigures> statutes, HeadlineFigures persons, HeadlineFigures pairs,
                         Map<Gender, Long> victimsBySex, Map<AgeGroup, Long> victimsByAgeGroup,
                         Map<Purpose, Long> victimsByExploitation, Map<CaseStatus, Long> casesByStatus) {
        this(year, statutes, persons, pairs, victimsBySex, victimsByAgeGroup, victimsByExploitation, casesByStatus,
                List.of());
    }

    /** The headline rows: persons, then (person, statute) pairs. */
    public List<HeadlineFigures> headline() {
        return List.of(persons, pairs);
    }

    /** The (person, statute) pairs: the rows of the statutes that count as trafficking, added up. */
    public static HeadlineFigures pairsOf(List<StatuteFigures> statutes, java.util.function.Predicate<StatuteCode> counts) {
        List<StatuteFigures> counted = statutes.stream().filter(s -> counts.test(s.statute())).toList();
        return new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS,
                counted.stream().mapToLong(StatuteFigures::investigated).sum(),
                counted.stream().mapToLong(StatuteFigures::prosecuted).sum(),
                counted.stream().mapToLong(StatuteFigures::convicted).sum(),
                counted.stream().mapToLong(StatuteFigures::convictedOnAppeal).sum(),
                counted.stream().mapToLong(StatuteFigures::convictionsSetAside).sum());
    }
}
