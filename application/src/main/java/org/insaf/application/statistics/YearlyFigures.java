package org.insaf.application.statistics;

import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One year of figures: per statute (ordered by code); the headline under the provisions that count
 * as trafficking ({@code OffenceCategory.countsAsTrafficking}), each accused once ({@code persons})
 * and once per provision ({@code pairs}); the victims identified that year (recorded in cases
 * registered that year) by sex, age group and form of exploitation; and the cases registered that
 * year by their status now. Aggregates only: no person can be picked out of them.
 */
public record YearlyFigures(int year, List<StatuteFigures> statutes, HeadlineFigures persons, HeadlineFigures pairs,
                            Map<Gender, Long> victimsBySex, Map<AgeGroup, Long> victimsByAgeGroup,
                            Map<Purpose, Long> victimsByExploitation, Map<CaseStatus, Long> casesByStatus) {

    public YearlyFigures {
        statutes = List.copyOf(statutes);
        if (Objects.requireNonNull(persons, "persons").unit() != CountingUnit.PERSONS
                || Objects.requireNonNull(pairs, "pairs").unit() != CountingUnit.PERSON_STATUTE_PAIRS) {
            throw new IllegalArgumentException("the headline is persons, then (person, statute) pairs");
        }
        victimsBySex = Map.copyOf(victimsBySex);
        victimsByAgeGroup = Map.copyOf(victimsByAgeGroup);
        victimsByExploitation = Map.copyOf(victimsByExploitation);
        casesByStatus = Map.copyOf(casesByStatus);
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
                counted.stream().mapToLong(StatuteFigures::convicted).sum());
    }
}
