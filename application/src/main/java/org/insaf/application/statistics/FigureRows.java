package org.insaf.application.statistics;

import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A year's figures as named rows, the form they are published and compared in. A row's name is
 * its path in the API's {@code YearlyFigures}: {@code statutes.PACHTO-3.investigated},
 * {@code persons.convicted}, {@code pairs.convicted}, {@code victimsBySex.FEMALE},
 * {@code victimsByAgeGroup.CHILD}, {@code victimsByExploitation.FORCED_LABOUR},
 * {@code casesByStatus.DECIDED}, {@code statutes.PACHTO-3.convictedOnAppeal},
 * {@code distinctPersons.convicted},
 * {@code byAgencyAndProvince.PROVINCIAL_POLICE.PUNJAB.prosecuted} (an office recorded without a province:
 * {@code NOT_RECORDED}). A statute's three rows and the headline's six are always there; the appellate
 * rows, an office's rows and a vocabulary's count only when not zero, so a year published before they
 * were counted shows no change where nothing was decided on appeal.
 */
public final class FigureRows {

    private static final String STATUTES = "statutes.";
    private static final String PERSONS = "persons.";
    private static final String PAIRS = "pairs.";
    private static final String BY_SEX = "victimsBySex.";
    private static final String BY_AGE = "victimsByAgeGroup.";
    private static final String BY_EXPLOITATION = "victimsByExploitation.";
    private static final String BY_STATUS = "casesByStatus.";
    private static final String BY_OFFICE = "byAgencyAndProvince.";
    private static final String DISTINCT = "distinctPersons.";
    private static final String NO_PROVINCE = "NOT_RECORDED";
    private static final List<String> FIGURES = List.of("investigated", "prosecuted", "convicted", "convictedOnAppeal",
            "convictionsSetAside");

    private FigureRows() {
    }

    public static Map<String, Long> of(YearlyFigures figures) {
        Map<String, Long> rows = new TreeMap<>();
        for (StatuteFigures s : figures.statutes()) {
            String prefix = STATUTES + s.statute().value() + ".";
            rows.put(prefix + FIGURES.get(0), s.investigated());
            rows.put(prefix + FIGURES.get(1), s.prosecuted());
            rows.put(prefix + FIGURES.get(2), s.convicted());
            putNonZero(rows, prefix + FIGURES.get(3), s.convictedOnAppeal());
            putNonZero(rows, prefix + FIGURES.get(4), s.convictionsSetAside());
        }
        for (OfficeFigures o : figures.offices()) {
            String prefix = BY_OFFICE + o.agency().name() + "." + o.province().map(Enum::name).orElse(NO_PROVINCE) + ".";
            putNonZero(rows, prefix + FIGURES.get(0), o.investigated());
            putNonZero(rows, prefix + FIGURES.get(1), o.prosecuted());
            putNonZero(rows, prefix + FIGURES.get(2), o.convicted());
            putNonZero(rows, prefix + FIGURES.get(3), o.convictedOnAppeal());
        }
        put(rows, PERSONS, figures.persons());
        put(rows, PAIRS, figures.pairs());
        figures.distinctPersons().ifPresent(d -> put(rows, DISTINCT, d));
        put(rows, BY_SEX, figures.victimsBySex());
        put(rows, BY_AGE, figures.victimsByAgeGroup());
        put(rows, BY_EXPLOITATION, figures.victimsByExploitation());
        put(rows, BY_STATUS, figures.casesByStatus());
        return rows;
    }

    /** The figures the rows of {@link #of} were made from; an unknown row name is refused. */
    public static YearlyFigures figures(int year, Map<String, Long> rows) {
        Map<String, long[]> statutes = new TreeMap<>();
        long[] persons = new long[5];
        long[] pairs = new long[5];
        long[] distinct = new long[5];
        boolean[] distinctCounted = {false};
        Map<String, long[]> offices = new TreeMap<>();
        Map<Gender, Long> bySex = new EnumMap<>(Gender.class);
        Map<AgeGroup, Long> byAge = new EnumMap<>(AgeGroup.class);
        Map<Purpose, Long> byExploitation = new EnumMap<>(Purpose.class);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        rows.forEach((row, value) -> {
            if (row.startsWith(STATUTES)) {
                String rest = row.substring(STATUTES.length());
                int dot = rest.lastIndexOf('.');
                statutes.computeIfAbsent(rest.substring(0, dot), k -> new long[5])[figure(row, rest.substring(dot + 1))] = value;
            } else if (row.startsWith(BY_OFFICE)) {
                String rest = row.substring(BY_OFFICE.length());
                int dot = rest.lastIndexOf('.');
                int i = figure(row, rest.substring(dot + 1));
                if (i > 3 || rest.substring(0, dot).indexOf('.') < 0) {
                    throw new IllegalArgumentException("not a row of the yearly figures: " + row);
                }
                offices.computeIfAbsent(rest.substring(0, dot), k -> new long[4])[i] = value;
            } else if (row.startsWith(PERSONS)) {
                persons[figure(row, row.substring(PERSONS.length()))] = value;
            } else if (row.startsWith(PAIRS)) {
                pairs[figure(row, row.substring(PAIRS.length()))] = value;
            } else if (row.startsWith(DISTINCT)) {
                distinct[figure(row, row.substring(DISTINCT.length()))] = value;
                distinctCounted[0] = true;
            } else if (row.startsWith(BY_SEX)) {
                bySex.put(Gender.valueOf(row.substring(BY_SEX.length())), value);
            } else if (row.startsWith(BY_AGE)) {
                byAge.put(AgeGroup.valueOf(row.substring(BY_AGE.length())), value);
            } else if (row.startsWith(BY_EXPLOITATION)) {
                byExploitation.put(Purpose.valueOf(row.substring(BY_EXPLOITATION.length())), value);
            } else if (row.startsWith(BY_STATUS)) {
                byStatus.put(CaseStatus.valueOf(row.substring(BY_STATUS.length())), value);
            } else {
                throw new IllegalArgumentException("not a row of the yearly figures: " + row);
            }
        });
        List<StatuteFigures> statuteFigures = new ArrayList<>();
        statutes.forEach((code, f) -> statuteFigures.add(new StatuteFigures(StatuteCode.of(code), f[0], f[1], f[2], f[3], f[4])));
        List<OfficeFigures> officeFigures = new ArrayList<>();
        offices.forEach((office, f) -> {
            String[] parts = office.split("\\.", 2);
            officeFigures.add(new OfficeFigures(Agency.valueOf(parts[0]),
                    NO_PROVINCE.equals(parts[1]) ? Optional.empty() : Optional.of(Province.valueOf(parts[1])),
                    f[0], f[1], f[2], f[3]));
        });
        return new YearlyFigures(year, statuteFigures,
                HeadlineFigures.persons(persons[0], persons[1], persons[2], persons[3], persons[4]),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, pairs[0], pairs[1], pairs[2], pairs[3], pairs[4]),
                bySex, byAge, byExploitation, byStatus, officeFigures, distinctCounted[0]
                        ? Optional.of(HeadlineFigures.distinctPersons(distinct[0], distinct[1], distinct[2], distinct[3], distinct[4]))
                        : Optional.empty());
    }

    /**
     * Every row whose value differs, by name; a row missing on one side is zero there. The distinct
     * persons are compared only when both sides counted them: a publication made before they were
     * counted did not publish them, which is no change.
     */
    public static List<FigureChange> changes(YearlyFigures was, YearlyFigures now) {
        Map<String, Long> before = of(was);
        Map<String, Long> after = of(now);
        if (was.distinctPersons().isEmpty() || now.distinctPersons().isEmpty()) {
            before.keySet().removeIf(name -> name.startsWith(DISTINCT));
            after.keySet().removeIf(name -> name.startsWith(DISTINCT));
        }
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String name : names) {
            long a = before.getOrDefault(name, 0L);
            long b = after.getOrDefault(name, 0L);
            if (a != b) {
                changes.add(new FigureChange(name, a, b));
            }
        }
        return changes;
    }

    private static int figure(String row, String name) {
        int i = FIGURES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("not a row of the yearly figures: " + row);
        }
        return i;
    }

    private static void put(Map<String, Long> rows, String prefix, HeadlineFigures headline) {
        rows.put(prefix + FIGURES.get(0), headline.investigated());
        rows.put(prefix + FIGURES.get(1), headline.prosecuted());
        rows.put(prefix + FIGURES.get(2), headline.convicted());
        putNonZero(rows, prefix + FIGURES.get(3), headline.convictedOnAppeal());
        putNonZero(rows, prefix + FIGURES.get(4), headline.convictionsSetAside());
    }

    private static void putNonZero(Map<String, Long> rows, String name, long value) {
        if (value != 0) {
            rows.put(name, value);
        }
    }

    private static <E extends Enum<E>> void put(Map<String, Long> rows, String prefix, Map<E, Long> counts) {
        counts.forEach((key, count) -> {
            if (count != 0) {
                rows.put(prefix + key.name(), count);
            }
        });
    }
}
