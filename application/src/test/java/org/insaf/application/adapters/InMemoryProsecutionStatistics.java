package org.insaf.application.adapters;

import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;
import org.insaf.application.statistics.OfficeFigures;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.AccusedInvestigatedOn;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.VictimOffenceDate;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.ArrayList;
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
        long[] persons = new long[5];
        Map<String, long[]> offices = new TreeMap<>();
        // Each person once across cases, by the id the accused's person record has (this twin knows no joins).
        List<Set<PersonId>> distinct = java.util.stream.Stream.generate(() -> (Set<PersonId>) new HashSet<PersonId>())
                .limit(5).toList();
        for (Case c : cases.all()) {
            boolean firCounts = c.firSections().stream().anyMatch(counted::contains);
            for (Accused a : c.accused()) {
                Optional<LocalDate> day = AccusedInvestigatedOn.of(c, a).filter(d -> d.getYear() == year);
                if (day.isPresent()) {
                    c.firSections().forEach(code -> figures.computeIfAbsent(code, k -> new long[5])[0]++);
                    if (firCounts) {
                        persons[0]++;
                        distinct.get(0).add(a.trafficker().id());
                        offices.computeIfAbsent(officeKey(c, day.get()), k -> new long[4])[0]++;
                    }
                }
            }
            List<Counted> prosecuted = new ArrayList<>();
            List<Counted> convicted = new ArrayList<>();
            List<Counted> onAppeal = new ArrayList<>();
            List<Counted> setAside = new ArrayList<>();
            for (Offence o : c.offences()) {
                c.chargedOn(o.id()).ifPresent(d -> prosecuted.add(new Counted(o.accused(), o.statute().code(), d)));
            }
            for (Accused a : c.accused()) {
                PersonId accused = a.trafficker().id();
                for (Offence effective : c.effectiveCharges(accused)) {
                    if (!effective.isConvicted()) {
                        continue;
                    }
                    Offence atTrial = c.offences().stream().filter(o -> o.id().equals(effective.id())).findFirst().orElseThrow();
                    LocalDate on = effective.verdictGiven().orElseThrow().date();
                    (atTrial.verdictGiven().equals(effective.verdictGiven()) ? convicted : onAppeal)
                            .add(new Counted(accused, effective.statute().code(), on));
                }
            }
            for (Appeal appeal : c.appeals()) {
                for (OffenceId charge : appeal.convictionsSetAside()) {
                    c.offences().stream().filter(o -> o.id().equals(charge)).findFirst().ifPresent(o -> setAside.add(
                            new Counted(appeal.accused(), o.statute().code(), appeal.decision().on())));
                }
            }
            count(c, year, prosecuted, 1, figures, persons, offices, distinct.get(1));
            count(c, year, convicted, 2, figures, persons, offices, distinct.get(2));
            count(c, year, onAppeal, 3, figures, persons, offices, distinct.get(3));
            count(c, year, setAside, 4, figures, persons, offices, distinct.get(4));
            if (c.registeredOn().getYear() == year) {
                byStatus.merge(c.status(), 1L, Long::sum);
                for (Victim v : c.victims()) {
                    bySex.merge(v.gender(), 1L, Long::sum);
                    byAge.merge(ageGroup(c, v), 1L, Long::sum);
                    v.exploitation().forEach(p -> byExploitation.merge(p, 1L, Long::sum));
                }
            }
        }
        List<StatuteFigures> statutes = figures.entrySet().stream()
                .map(e -> new StatuteFigures(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4])).toList();
        List<OfficeFigures> byOffice = new ArrayList<>();
        offices.forEach((key, f) -> {
            String[] parts = key.split("\\|", -1);
            byOffice.add(new OfficeFigures(Agency.valueOf(parts[0]),
                    parts[1].isEmpty() ? Optional.empty() : Optional.of(Province.valueOf(parts[1])), f[0], f[1], f[2], f[3]));
        });
        return new YearlyFigures(year, statutes,
                HeadlineFigures.persons(persons[0], persons[1], persons[2], persons[3], persons[4]),
                YearlyFigures.pairsOf(statutes, counted::contains), bySex, byAge, byExploitation, byStatus, byOffice,
                Optional.of(HeadlineFigures.distinctPersons(distinct.get(0).size(), distinct.get(1).size(),
                        distinct.get(2).size(), distinct.get(3).size(), distinct.get(4).size())));
    }

    /** An accused counted under a statute on a day. */
    private record Counted(PersonId accused, StatuteCode statute, LocalDate on) {
    }

    /**
     * One figure of one case: each accused once per statute; in the headline, each accused once under
     * the trafficking provisions, split by the office that held the case on their first day counted
     * in the year (the set-aside convictions are not split).
     */
    private void count(Case c, int year, List<Counted> counted, int figure, Map<StatuteCode, long[]> figures,
                       long[] persons, Map<String, long[]> offices, Set<PersonId> distinct) {
        List<Counted> inYear = counted.stream().filter(x -> x.on().getYear() == year).toList();
        inYear.stream().collect(Collectors.groupingBy(Counted::statute, Collectors.mapping(Counted::accused, Collectors.toSet())))
                .forEach((code, people) -> figures.computeIfAbsent(code, k -> new long[5])[figure] += people.size());
        Map<PersonId, LocalDate> firstDay = new java.util.HashMap<>();
        inYear.stream().filter(x -> this.counted.contains(x.statute()))
                .forEach(x -> firstDay.merge(x.accused(), x.on(), (a, b) -> a.isBefore(b) ? a : b));
        persons[figure] += firstDay.size();
        distinct.addAll(firstDay.keySet());
        if (figure < 4) {
            firstDay.values().forEach(day -> offices.computeIfAbsent(officeKey(c, day), k -> new long[4])[figure]++);
        }
    }

    private static String officeKey(Case c, LocalDate day) {
        InvestigatingOffice office = c.officeOn(day);
        return office.agency().name() + "|" + office.province().map(Enum::name).orElse("");
    }

    private static AgeGroup ageGroup(Case record, Victim victim) {
        return VictimOffenceDate.ageOf(record, victim).map(age -> age < 18 ? AgeGroup.CHILD : AgeGroup.ADULT).orElse(AgeGroup.UNKNOWN);
    }
}
