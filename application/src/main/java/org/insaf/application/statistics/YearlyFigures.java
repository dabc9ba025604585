package org.insaf.application.statistics;

import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One year of figures: per statute (ordered by code), the accused counted once whatever their
 * statutes ({@code persons}), the victims identified that year (recorded in cases registered that
 * year) by sex, age group and form of exploitation, and the cases registered that year by their
 * status now. Aggregates only: no person can be picked out of them.
 */
public record YearlyFigures(int year, List<StatuteFigures> statutes, HeadlineFigures persons,
                            Map<Gender, Long> victimsBySex, Map<AgeGroup, Long> victimsByAgeGroup,
                            Map<Purpose, Long> victimsByExploitation, Map<CaseStatus, Long> casesByStatus) {

    public YearlyFigures {
        statutes = List.copyOf(statutes);
        Objects.requireNonNull(persons, "persons");
        if (persons.unit() != CountingUnit.PERSONS) {
            throw new IllegalArgumentException("the persons headline counts persons, not " + persons.unit());
        }
        victimsBySex = Map.copyOf(victimsBySex);
        victimsByAgeGroup = Map.copyOf(victimsByAgeGroup);
        victimsByExploitation = Map.copyOf(victimsByExploitation);
        casesByStatus = Map.copyOf(casesByStatus);
    }

    /** The per-statute rows added up: each accused once per statute. */
    public HeadlineFigures personStatutePairs() {
        return new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS,
                statutes.stream().mapToLong(StatuteFigures::investigated).sum(),
                statutes.stream().mapToLong(StatuteFigures::prosecuted).sum(),
                statutes.stream().mapToLong(StatuteFigures::convicted).sum());
    }

    /** The headline rows: persons, then (person, statute) pairs. */
    public List<HeadlineFigures> headline() {
        return List.of(persons, personStatutePairs());
    }
}
