package org.insaf.adapters.persistence.statistics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.OfficeFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The yearly figures read from the counters the database keeps per year, measure and key (V12):
 * one indexed statement whatever the number of cases. The counters are changed at the commit of
 * every transaction that changes a case, from the case's rows, with the definitions of
 * {@link StatuteFigures} and {@link YearlyFigures} (docs/statistics.md).
 */
@ApplicationScoped
public class PostgresProsecutionStatistics implements ProsecutionStatistics {

    // The last column tells whether a statute's row counts in the trafficking headline's pairs.
    private static final String COUNTERS = """
            SELECT c.measure, c.key, c.count,
                   c.measure IN ('INVESTIGATED', 'PROSECUTED', 'CONVICTED', 'CONVICTED_ON_APPEAL', 'CONVICTIONS_SET_ASIDE') AND EXISTS (
                       SELECT 1 FROM statute st JOIN statistics_trafficking_category t ON t.category = st.offence_category
                       WHERE st.code = c.key)
            FROM statistics_counter c
            WHERE c.year = :year AND c.count <> 0""";

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public YearlyFigures figuresFor(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(COUNTERS)
                .setParameter("year", year).getResultList();
        Map<String, Map<String, Long>> measures = new TreeMap<>();
        Set<StatuteCode> trafficking = new HashSet<>();
        for (Object[] row : rows) {
            measures.computeIfAbsent((String) row[0], m -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
            if ((Boolean) row[3]) {
                trafficking.add(StatuteCode.of((String) row[1]));
            }
        }
        Map<String, Long> investigated = measure(measures, "INVESTIGATED");
        Map<String, Long> prosecuted = measure(measures, "PROSECUTED");
        Map<String, Long> convicted = measure(measures, "CONVICTED");
        Map<String, Long> onAppeal = measure(measures, "CONVICTED_ON_APPEAL");
        Map<String, Long> setAside = measure(measures, "CONVICTIONS_SET_ASIDE");
        Set<String> codes = new TreeSet<>();
        List.of(investigated, prosecuted, convicted, onAppeal, setAside).forEach(m -> codes.addAll(m.keySet()));
        List<StatuteFigures> statutes = codes.stream()
                .map(code -> new StatuteFigures(StatuteCode.of(code), investigated.getOrDefault(code, 0L),
                        prosecuted.getOrDefault(code, 0L), convicted.getOrDefault(code, 0L),
                        onAppeal.getOrDefault(code, 0L), setAside.getOrDefault(code, 0L)))
                .toList();
        return new YearlyFigures(year, statutes,
                HeadlineFigures.persons(person(measures, "PERSONS_INVESTIGATED"), person(measures, "PERSONS_PROSECUTED"),
                        person(measures, "PERSONS_CONVICTED"), person(measures, "PERSONS_CONVICTED_ON_APPEAL"),
                        person(measures, "PERSONS_CONVICTIONS_SET_ASIDE")),
                YearlyFigures.pairsOf(statutes, trafficking::contains),
                byName(measure(measures, "VICTIMS_BY_SEX"), Gender.class),
                byName(measure(measures, "VICTIMS_BY_AGE_GROUP"), AgeGroup.class),
                byName(measure(measures, "VICTIMS_BY_EXPLOITATION"), Purpose.class),
                byName(measure(measures, "CASES_BY_STATUS"), CaseStatus.class),
                offices(measures),
                Optional.of(HeadlineFigures.distinctPersons(person(measures, "DISTINCT_PERSON_INVESTIGATED"),
                        person(measures, "DISTINCT_PERSON_PROSECUTED"), person(measures, "DISTINCT_PERSON_CONVICTED"),
                        person(measures, "DISTINCT_PERSON_CONVICTED_ON_APPEAL"),
                        person(measures, "DISTINCT_PERSON_CONVICTIONS_SET_ASIDE"))));
    }

    /** The persons headline by office: the OFFICE_* measures, keyed 'AGENCY|PROVINCE' (province empty when not recorded). */
    private static List<OfficeFigures> offices(Map<String, Map<String, Long>> measures) {
        List<String> figures = List.of("OFFICE_INVESTIGATED", "OFFICE_PROSECUTED", "OFFICE_CONVICTED", "OFFICE_CONVICTED_ON_APPEAL");
        Map<String, long[]> byOffice = new TreeMap<>();
        for (int i = 0; i < figures.size(); i++) {
            int figure = i;
            measure(measures, figures.get(i)).forEach((key, count) -> byOffice.computeIfAbsent(key, k -> new long[4])[figure] = count);
        }
        List<OfficeFigures> offices = new ArrayList<>();
        byOffice.forEach((key, f) -> offices.add(office(key, f)));
        return offices;
    }

    /**
     * The figures of the office a counter's key names ('AGENCY|PROVINCE', the province empty where none
     * is recorded; statistics_office_on in V18): investigated, prosecuted, convicted, convicted on appeal.
     */
    public static OfficeFigures office(String key, long[] figures) {
        int bar = key.indexOf('|');
        String province = key.substring(bar + 1);
        return new OfficeFigures(Agency.valueOf(key.substring(0, bar)),
                province.isEmpty() ? Optional.empty() : Optional.of(Province.valueOf(province)),
                figures[0], figures[1], figures[2], figures[3]);
    }

    private static Map<String, Long> measure(Map<String, Map<String, Long>> measures, String measure) {
        return measures.getOrDefault(measure, Map.of());
    }

    private static long person(Map<String, Map<String, Long>> measures, String measure) {
        return measure(measures, measure).getOrDefault("", 0L);
    }

    private static <E extends Enum<E>> Map<E, Long> byName(Map<String, Long> counts, Class<E> type) {
        Map<E, Long> result = new EnumMap<>(type);
        counts.forEach((name, count) -> result.put(Enum.valueOf(type, name), count));
        return result;
    }
}
