package org.insaf.application.adapters;

import org.insaf.domain.casefile.Case;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.AccusedInvestigatedOn;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.VictimOffenceDate;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The yearly figures counted over the in-memory cases, by the same definitions as the SQL. */
public class InMemoryProsecutionStatistics implements ProsecutionStatistics {

    private final InMemoryCases cases;
    /** The codes of the provisions that count as trafficking in the headline. */
    private final Set<StatuteCode> counted;

    public InMemoryProsecutionStatistics(InMemoryCases cases) {
        this.cases = cases;
        this.counted = StatuteCatalogueFixture.all().stream().filter(s -> s.category().countsAsTrafficking())
                .map(Statute::code).collect(Collectors.toSet());
    }

    @Override
    public YearlyFigures figuresFor(int year) {
        Map<StatuteCode, long[]> figures = new TreeMap<>();
        Map<Gender, Long> bySex = new EnumMap<>(Gender.class);
        Map<AgeGroup, Long> byAge = new EnumMap<>(AgeGroup.class);
        Map<Purpose, Long> byExploitation = new EnumMap<>(Purpose.class);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        long[] persons = new long[3];
        for (Case record : cases.all()) {
            Case c = record;
            List<Offence> countedOffences = c.offences().stream().filter(o -> counted.contains(o.statute().code())).toList();
            persons[1] += countedOffences.stream().filter(o -> in(year, c.chargedOn(o.id())))
                    .map(Offence::accused).distinct().count();
            persons[2] += countedOffences.stream().filter(o -> convictedIn(o, year)).map(Offence::accused).distinct().count();
            long investigated = c.accused().stream().filter(a -> in(year, AccusedInvestigatedOn.of(c, a))).count();
            persons[0] += c.firSections().stream().anyMatch(counted::contains) ? investigated : 0;
            if (investigated > 0) {
                c.firSections().forEach(code -> figures.computeIfAbsent(code, k -> new long[3])[0] += investigated);
            }
            distinctAccused(c.offences(), o -> in(year, c.chargedOn(o.id())))
                    .forEach((code, n) -> figures.computeIfAbsent(code, k -> new long[3])[1] += n);
            distinctAccused(c.offences(), o -> convictedIn(o, year))
                    .forEach((code, n) -> figures.computeIfAbsent(code, k -> new long[3])[2] += n);
            if (c.registeredOn().getYear() == year) {
                byStatus.merge(c.status(), 1L, Long::sum);
                for (Victim v : c.victims()) {
                    bySex.merge(v.gender(), 1L, Long::sum);
                    byAge.merge(ageGroup(record, v), 1L, Long::sum);
                    v.exploitation().forEach(p -> byExploitation.merge(p, 1L, Long::sum));
                }
            }
        }
        List<StatuteFigures> statutes = figures.entrySet().stream()
                .map(e -> new StatuteFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new YearlyFigures(year, statutes, HeadlineFigures.persons(persons[0], persons[1], persons[2]),
                YearlyFigures.pairsOf(statutes, counted::contains), bySex, byAge, byExploitation, byStatus);
    }

    private static boolean convictedIn(Offence offence, int year) {
        return offence.verdictGiven()
                .filter(v -> v.outcome() == VerdictOutcome.CONVICTED && v.date().getYear() == year).isPresent();
    }

    private static boolean in(int year, Optional<LocalDate> day) {
        return day.filter(d -> d.getYear() == year).isPresent();
    }

    private static Map<StatuteCode, Long> distinctAccused(List<Offence> offences, java.util.function.Predicate<Offence> which) {
        Map<StatuteCode, Set<Object>> accused = new TreeMap<>();
        offences.stream().filter(which)
                .forEach(o -> accused.computeIfAbsent(o.statute().code(), k -> new HashSet<>()).add(o.accused()));
        Map<StatuteCode, Long> counts = new TreeMap<>();
        accused.forEach((code, people) -> counts.put(code, (long) people.size()));
        return counts;
    }

    private static AgeGroup ageGroup(Case record, Victim victim) {
        return VictimOffenceDate.ageOf(record, victim).map(age -> age < 18 ? AgeGroup.CHILD : AgeGroup.ADULT).orElse(AgeGroup.UNKNOWN);
    }
}
