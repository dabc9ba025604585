package org.insaf.adapters.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.insaf.adapters.persistence.statistics.PostgresProsecutionStatistics;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.OfficeFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.OffenceCategory;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    // The convictions that stand: a charge's trial verdict, unless the last appellate decision since the
    // accused's last retrial that changed it (an acquittal on appeal, a conviction on appeal sentencing
    // it) says otherwise (AppellateHistory.effectiveCharges).
    private static final String STANDING = """
            WITH standing AS (
                SELECT o.case_id, o.accused_id, o.statute_code, o.statute_version,
                       d.outcome IS NOT NULL AS on_appeal, coalesce(d.decided_on, o.verdict_date) AS day
                FROM offence o
                LEFT JOIN LATERAL (
                    SELECT a.outcome, a.decided_on FROM appeal a
                    WHERE a.case_id = o.case_id AND a.accused_id = o.accused_id
                      AND (a.outcome = 'ACQUITTED_ON_APPEAL' OR (a.outcome = 'CONVICTED_ON_APPEAL' AND o.id = ANY (a.sentence_charges)))
                      AND NOT EXISTS (SELECT 1 FROM appeal r WHERE r.case_id = a.case_id AND r.accused_id = a.accused_id
                                      AND r.outcome = 'RETRIAL_ORDERED' AND r.position > a.position)
                    ORDER BY a.position DESC LIMIT 1) d ON true
                WHERE (d.outcome IS NULL AND o.verdict = 'CONVICTED') OR d.outcome = 'CONVICTED_ON_APPEAL')
            """;

    private static final String CONVICTED = STANDING + """
            SELECT s.statute_code, count(DISTINCT (s.case_id, s.accused_id))
            FROM standing s
            WHERE s.on_appeal = :onAppeal AND s.day >= :from AND s.day < :to
            GROUP BY s.statute_code""";

    private static final String SET_ASIDE = """
            SELECT o.statute_code, count(DISTINCT (a.case_id, a.accused_id))
            FROM appeal a JOIN offence o ON o.case_id = a.case_id AND o.id = ANY (a.convictions_set_aside)
            WHERE a.decided_on >= :from AND a.decided_on < :to
            GROUP BY o.statute_code""";

    // Each person of the trafficking headline with the days they count on, per figure.
    private static final String PERSON_DAYS = STANDING + """
            , person_day AS (
                SELECT 0 AS figure, a.case_id, a.person_id AS accused_id, greatest(a.added_on, d.entered_on) AS day
                FROM accused a
                JOIN case_status_date d ON d.case_id = a.case_id AND d.status = 'UNDER_INVESTIGATION'
                WHERE EXISTS (SELECT 1 FROM case_fir_section s JOIN statute st ON st.code = s.statute_code
                              WHERE s.case_id = a.case_id AND st.offence_category IN (:categories))
                UNION ALL
                SELECT 1, o.case_id, o.accused_id, coalesce(o.supplementary_sheet_on, d.entered_on)
                FROM offence o
                JOIN case_status_date d ON d.case_id = o.case_id AND d.status = 'CHARGE_SHEET_FILED'
                JOIN statute st ON st.code = o.statute_code AND st.version = o.statute_version
                WHERE st.offence_category IN (:categories)
                UNION ALL
                SELECT CASE WHEN s.on_appeal THEN 3 ELSE 2 END, s.case_id, s.accused_id, s.day
                FROM standing s JOIN statute st ON st.code = s.statute_code AND st.version = s.statute_version
                WHERE st.offence_category IN (:categories)
            ), first_day AS (
                SELECT p.figure, p.case_id, p.accused_id, min(p.day) AS day
                FROM person_day p WHERE p.day >= :from AND p.day < :to GROUP BY 1, 2, 3)
            """;

    // The persons headline by the office that held the case on each person's first day counted.
    private static final String BY_OFFICE = PERSON_DAYS + """
            SELECT f.figure, k.office, count(*)
            FROM first_day f JOIN case_file c ON c.id = f.case_id
            CROSS JOIN LATERAL (SELECT coalesce(
                (SELECT t.to_agency || '|' || coalesce(t.to_province, '') FROM case_transfer t
                 WHERE t.case_id = f.case_id AND t.transferred_on <= f.day ORDER BY t.position DESC LIMIT 1),
                (SELECT t.from_agency || '|' || coalesce(t.from_province, '') FROM case_transfer t
                 WHERE t.case_id = f.case_id ORDER BY t.position LIMIT 1),
                c.agency || '|' || coalesce(c.office_province, '')) AS office) k
            GROUP BY 1, 2""";

    // Per figure: each accused of each case once, and each person once however many cases they are accused
    // in (the record's own id, or the one it is joined to).
    private static final String PERSONS_BY_FIGURE = PERSON_DAYS + """
            SELECT f.figure, count(*), count(DISTINCT coalesce(p.joined_to, f.accused_id))
            FROM first_day f LEFT JOIN person p ON p.id = f.accused_id GROUP BY 1""";


    private static final String PERSONS_SET_ASIDE = """
            SELECT count(DISTINCT (a.case_id, a.accused_id)), count(DISTINCT coalesce(p.joined_to, a.accused_id))
            FROM appeal a JOIN offence o ON o.case_id = a.case_id AND o.id = ANY (a.convictions_set_aside)
            JOIN statute st ON st.code = o.statute_code AND st.version = o.statute_version
            LEFT JOIN person p ON p.id = a.accused_id
            WHERE a.decided_on >= :from AND a.decided_on < :to AND st.offence_category IN (:categories)""";

    // The provisions that count as trafficking (OffenceCategory.countsAsTrafficking).
    private static final String COUNTED = """
            SELECT DISTINCT st.code FROM statute st WHERE st.offence_category IN (:categories)""";

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
        Map<String, Long> convicted = counts(em.createNativeQuery(CONVICTED).setParameter("onAppeal", false), from, to);
        Map<String, Long> onAppeal = counts(em.createNativeQuery(CONVICTED).setParameter("onAppeal", true), from, to);
        Map<String, Long> setAside = counts(SET_ASIDE, from, to);
        Map<String, Boolean> codes = new TreeMap<>();
        List.of(investigated, prosecuted, convicted, onAppeal, setAside).forEach(m -> m.keySet().forEach(code -> codes.put(code, true)));
        List<StatuteFigures> statutes = codes.keySet().stream()
                .map(code -> new StatuteFigures(StatuteCode.of(code), investigated.getOrDefault(code, 0L),
                        prosecuted.getOrDefault(code, 0L), convicted.getOrDefault(code, 0L),
                        onAppeal.getOrDefault(code, 0L), setAside.getOrDefault(code, 0L)))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> counted = em.createNativeQuery(COUNTED)
                .setParameter("categories", TRAFFICKING).getResultList();
        long[] persons = new long[5];
        long[] distinct = new long[5];
        @SuppressWarnings("unchecked")
        List<Object[]> byFigure = em.createNativeQuery(PERSONS_BY_FIGURE)
                .setParameter("from", from).setParameter("to", to).setParameter("categories", TRAFFICKING).getResultList();
        byFigure.forEach(row -> {
            persons[((Number) row[0]).intValue()] = ((Number) row[1]).longValue();
            distinct[((Number) row[0]).intValue()] = ((Number) row[2]).longValue();
        });
        Object[] personsSetAside = (Object[]) em.createNativeQuery(PERSONS_SET_ASIDE)
                .setParameter("from", from).setParameter("to", to).setParameter("categories", TRAFFICKING)
                .getSingleResult();
        persons[4] = ((Number) personsSetAside[0]).longValue();
        distinct[4] = ((Number) personsSetAside[1]).longValue();
        Map<String, long[]> offices = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> byOffice = em.createNativeQuery(BY_OFFICE)
                .setParameter("from", from).setParameter("to", to).setParameter("categories", TRAFFICKING).getResultList();
        byOffice.forEach(row -> offices.computeIfAbsent((String) row[1], k -> new long[4])[((Number) row[0]).intValue()]
                = ((Number) row[2]).longValue());
        List<OfficeFigures> officeFigures = new ArrayList<>();
        offices.forEach((key, f) -> officeFigures.add(PostgresProsecutionStatistics.office(key, f)));
        return new YearlyFigures(year, statutes,
                HeadlineFigures.persons(persons[0], persons[1], persons[2], persons[3], persons[4]),
                YearlyFigures.pairsOf(statutes, code -> counted.contains(code.value())),
                byName(counts(VICTIMS_BY_SEX, from, to), Gender.class, Gender::valueOf),
                byName(counts(VICTIMS_BY_AGE, from, to), AgeGroup.class, AgeGroup::valueOf),
                byName(counts(VICTIMS_BY_EXPLOITATION, from, to), Purpose.class, Purpose::valueOf),
                byName(counts(CASES_BY_STATUS, from, to), CaseStatus.class, CaseStatus::valueOf),
                officeFigures, Optional.of(HeadlineFigures.distinctPersons(distinct[0], distinct[1], distinct[2], distinct[3],
                        distinct[4])));
    }

    private Map<String, Long> counts(String sql, LocalDate from, LocalDate to) {
        return counts(em.createNativeQuery(sql), from, to);
    }

    private static Map<String, Long> counts(Query query, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("from", from).setParameter("to", to).getResultList();
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
