package org.insaf.application.statistics;

import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;

import java.util.List;
import java.util.Map;

/**
 * One year of figures: per statute (ordered by code), the victims identified that year (recorded
 * in cases registered that year) by sex, age group and form of exploitation, and the cases
 * registered that year by their status now. Aggregates only: no person can be picked out of them.
 */
public record YearlyFigures(int year, List<StatuteFigures> statutes, Map<Gender, Long> victimsBySex,
                            Map<AgeGroup, Long> victimsByAgeGroup, Map<Purpose, Long> victimsByExploitation,
                            Map<CaseStatus, Long> casesByStatus) {

    public YearlyFigures {
        statutes = List.copyOf(statutes);
        victimsBySex = Map.copyOf(victimsBySex);
        victimsByAgeGroup = Map.copyOf(victimsByAgeGroup);
        victimsByExploitation = Map.copyOf(victimsByExploitation);
        casesByStatus = Map.copyOf(casesByStatus);
    }
}
