package org.insaf.adapters.persistence.testing;

import jakarta.persistence.EntityManager;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.OffenceCategory;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The yearly figures counted from scratch: each figure one aggregate query over all the stored
 * rows, with the definitions of {@link StatuteFigures} and {@link YearlyFigures}
 * (docs/statistics.md). The oracle the counters the database keeps (V12, read by
 * {@code PostgresProsecutionStatistics}) are held equal to; too slow to answer the API.
 */
public final class FiguresFromScratch {

    private final EntityManager em;

    public FiguresFromScratch(EntityManager em) {
        this.em = em;
    }

    // An accused is investigated from the day they were added, or from the start of the
    // investigation if they were added before it (AccusedInvestigatedOn).
    private static final String INVESTIGATED = """
            SELECT s.statute_code, count(*)
            FROM accused a
            JOIN case_status_date d ON d.case_id = a.case_id AND d.status = 'UNDER_INVESTIGATION'
            JOIN case_fir_section s ON s.case_id = a.case_id
            WHERE greatest(a.added_on, d.entered_on) >= :from AND greatest(a.added_on, d.entered_on) < :to
            GROUP BY s.statute_code""";

    private static final String PROSECUTED = """
            SELECT o.statute_code, count(DISTINCT (o.case_id, o.accused_id))
            FROM offence o
            JOIN case_status_date d ON d.case_id = o.case_id AND d.status = 'CHARGE_SHEET_FILED'
            WHERE coalesce(o.supplementary_sheet_on, d.entered_on) >= :from
              AND coalesce(o.supplementary_sheet_on, d.entered_on) < :to
            GROUP BY o.statute_code""";

    private static final String CONVICTED = """
            SELECT o.statute_code, count(DISTINCT (o.case_id, o.accused_id))
            FROM offence o
            WHERE o.verdict = 'CONVICTED' AND o.verdict_date >= :from AND o.verdict_date < :to
            GROUP BY o.statute_code""";

    // The provisions that count as trafficking (OffenceCategory.countsAsTrafficking).
    private static final String COUNTED = """
            SELECT DISTINCT st.code FROM statute st WHERE st.offence_category IN (:categories)""";

    // The same three figures under those provisions, each accused counted once whatever their statutes.
    private static final String PERSONS = """
            SELECT (SELECT count(*)
                    FROM accused a
                    JOIN case_status_date d ON d.case_id = a.case_id AND d.status = 'UNDER_INVESTIGATION'
                    WHERE greatest(a.added_on, d.entered_on) >= :from AND greatest(a.added_on, d.entered_on) < :to
                      AND EXISTS (SELECT 1 FROM case_fir_section s JOIN statute st ON st.code = s.statute_code
                                  WHERE s.case_id = a.case_id AND st.offence_category IN (:categories))),
                   (SELECT count(DISTINCT (o.case_id, o.accused_id))
                    FROM offence o
                    JOIN case_status_date d ON d.case_id = o.case_id AND d.status = 'CHARGE_SHEET_FILED'
                    JOIN statute st ON st.code = o.statute_code AND st.version = o.statute_version
                    WHERE coalesce(o.supplementary_sheet_on, d.entered_on) >= :from
                      AND coalesce(o.supplementary_sheet_on, d.entered_on) < :to AND st.offence_category IN (:categories)),
                   (SELECT count(DISTINCT (o.case_id, o.accused_id))
                    FROM offence o
                    JOIN statute st ON st.code = o.statute_code AND st.version = o.statute_version
                    WHERE o.verdict = 'CONVICTED' AND o.verdict_date >= :from AND o.verdict_date < :to
                      AND st.offence_category IN (:categories))""";

    private static final String VICTIMS_BY_SEX = """
            SELECT v.gender, count(*)
            FROM victim v JOIN case_file c ON c.id = v.case_id
            WHERE c.registered_on >= :from AND c.registered_on < :to
            GROUP BY v.gender""";

    // The age on the victim's offence date, reckoned by the view victim_offence_age.
    private static final String VICTIMS_BY_AGE = """
            SELECT CASE WHEN a.age IS NULL THEN 'UNKNOWN' WHEN a.age < 18 THEN 'CHILD' ELSE 'ADULT' END, count(*)
            FROM victim_offence_age a JOIN case_file c ON c.id = a.case_id
            WHERE c.registered_on >= :from AND c.registered_on < :to
            GROUP BY 1""";

    private static final String VICTIMS_BY_EXPLOITATION = """
            SELECT form, count(*)
            FROM victim v JOIN case_file c ON c.id = v.case_id, unnest(v.exploitation) AS form
            WHERE c.registered_on >= :from AND c.registered_on < :to
            GROUP BY form""";

    private static final String CASES_BY_STATUS = """
            SELECT c.status, count(*)
            FROM case_file c
            WHERE c.registered_on >= :from AND c.registered_on < :to
            GROUP BY c.status""";

    private static final List<String> TRAFFICKING = Arrays.stream(OffenceCategory.values())
            .filter(OffenceCategory::countsAsTrafficking).map(Enum::name).toList();

    public YearlyFigures figuresFor(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Long> investigated = counts(INVESTIGATED, from, to);
        Map<String, Long> prosecuted = counts(PROSECUTED, from, to);
        Map<String, Long> convicted = counts(CONVICTED, from, to);
        Map<String, Boolean> codes = new TreeMap<>();
        List.of(investigated, prosecuted, convicted).forEach(m -> m.keySet().forEach(code -> codes.put(code, true)));
        List<StatuteFigures> statutes = codes.keySet().stream()
                .map(code -> new StatuteFigures(StatuteCode.of(code), investigated.getOrDefault(code, 0L),
                        prosecuted.getOrDefault(code, 0L), convicted.getOrDefault(code, 0L)))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> counted = em.createNativeQuery(COUNTED)
                .setParameter("categories", TRAFFICKING).getResultList();
        Object[] persons = (Object[]) em.createNativeQuery(PERSONS)
                .setParameter("from", from).setParameter("to", to).setParameter("categories", TRAFFICKING)
                .getSingleResult();
        return new YearlyFigures(year, statutes, HeadlineFigures.persons(((Number) persons[0]).longValue(),
                ((Number) persons[1]).longValue(), ((Number) persons[2]).longValue()),
                YearlyFigures.pairsOf(statutes, code -> counted.contains(code.value())),
                byName(counts(VICTIMS_BY_SEX, from, to), Gender.class, Gender::valueOf),
                byName(counts(VICTIMS_BY_AGE, from, to), AgeGroup.class, AgeGroup::valueOf),
                byName(counts(VICTIMS_BY_EXPLOITATION, from, to), Purpose.class, Purpose::valueOf),
                byName(counts(CASES_BY_STATUS, from, to), CaseStatus.class, CaseStatus::valueOf));
    }

    private Map<String, Long> counts(String sql, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static <E extends Enum<E>> Map<E, Long> byName(Map<String, Long> counts, Class<E> type, Function<String, E> parse) {
        Map<E, Long> result = new EnumMap<>(type);
        counts.forEach((name, count) -> result.put(parse.apply(name), count));
        return result;
    }
}
