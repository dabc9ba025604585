package org.insaf.adapters.persistence.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.insaf.adapters.persistence.casefile.PostgresCaseFinder;
import org.insaf.application.casefile.desk.CaseOnList;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.DeskReader;
import org.insaf.application.port.out.DueCursor;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cause list, the desks and the queues, each page one native statement over the case tables
 * (the accused with their latest custody status and the victims' pseudonyms built as JSON in the
 * same statement), the caller's access in its predicates; the bucket counts one more statement.
 */
@ApplicationScoped
public class PostgresDeskReader implements DeskReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The columns of {@link CaseOnList}, for a row {@code c} of case_file. */
    private static final String CASE_COLUMNS = """
            c.id, c.fir_number, c.circle, c.office, c.registered_on, c.status,
            exists (select 1 from offence o where o.case_id = c.id and o.verdict is not null) as any_verdict,
            (select cast(coalesce(json_agg(json_build_object('name', a.name, 'custody',
                        (select ac.status from accused_custody ac where ac.case_id = c.id and ac.accused_id = a.person_id
                         order by ac.position desc limit 1)) order by a.position), '[]') as text)
               from accused a where a.case_id = c.id) as accused_json,
            (select cast(coalesce(json_agg(v.pseudonym order by v.position), '[]') as text)
               from victim v where v.case_id = c.id) as victims_json""";
    private static final int CASE_COLUMN_COUNT = 9;

    /** The latest hearing of a case {@code c}: the one that fixed its next date, if any. */
    private static final String LATEST_HEARING = """
            left join lateral (select h.court, h.next_date from hearing h where h.case_id = c.id
                               order by h.position desc limit 1) h on true""";

    /** Pending cases: the desks show no case disposed of. */
    private static final String PENDING = "c.status in ('REGISTERED', 'UNDER_INVESTIGATION', 'CHARGE_SHEET_FILED', 'ON_TRIAL')";
    private static final String INVESTIGATING = "c.status in ('REGISTERED', 'UNDER_INVESTIGATION')";

    /**
     * The day a desk's case is due: its next hearing while on trial, the interim report's last day
     * while investigated, none otherwise (sorted last as {@link DueCursor#UNDATED}).
     */
    private static final String DESK_KEY = "coalesce(case when c.status = 'ON_TRIAL' then h.next_date end, "
            + "case when " + INVESTIGATING + " then c.registered_on + cast(:reportDays as integer) end, "
            + "date '9999-12-31')";

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean courtKnown(String court) {
        Query query = Panache.getEntityManager().createNativeQuery(
                "select exists (select 1 from hearing where court = :court) or exists (select 1 from case_file where court = :court)");
        query.setParameter("court", court);
        return Boolean.TRUE.equals(query.getSingleResult());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> causeList(String court, LocalDate date, CaseVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        String visible = PostgresCaseFinder.visibleCondition(visibility, params);
        // The latest hearing of the case fixed the date: a later one (an adjournment) replaces it.
        String sql = "select " + CASE_COLUMNS + ", h.hearing_date, h.proceedings"
                + " from hearing h join case_file c on c.id = h.case_id"
                + " where h.court = :court and h.next_date = :date and c.status = 'ON_TRIAL'"
                + " and h.position = (select max(l.position) from hearing l where l.case_id = h.case_id)"
                + " and " + visible
                + " order by exists (select 1 from accused a where a.case_id = c.id and (select ac.status from accused_custody ac"
                + " where ac.case_id = c.id and ac.accused_id = a.person_id order by ac.position desc limit 1) = 'IN_CUSTODY') desc,"
                + " c.registered_on, c.fir_number, c.id";
        params.put("court", court);
        params.put("date", date);
        List<Listed> listed = new ArrayList<>();
        for (Object[] row : rows(sql, params)) {
            listed.add(new Listed(caseOf(row), localDate(row[CASE_COLUMN_COUNT]), (String) row[CASE_COLUMN_COUNT + 1]));
        }
        return listed;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page desk(String userId, Set<CaseVisibility.Place> places, int reportDays, Optional<DueCursor> after, int limit) {
        Map<String, Object> params = new HashMap<>();
        // The page's cases first, by their keys alone; the columns (JSON of accused and victims) only for them.
        String sql = "select " + CASE_COLUMNS + ", p.due_key, p.due_court from (select d.* from (select c.id, "
                + DESK_KEY + " as due_key,"
                + " case when c.status = 'ON_TRIAL' and h.next_date is not null then h.court end as due_court"
                + " from case_file c " + LATEST_HEARING
                + " where " + PENDING + " and " + assignedTo(userId, places, params) + ") d"
                + keyset(after, params)
                + " order by d.due_key, d.id limit :limit) p"
                + " join case_file c on c.id = p.id order by p.due_key, p.id";
        params.put("reportDays", reportDays);
        params.put("limit", limit + 1);
        return page(rows(sql, params), limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DueItem.Counts deskCounts(String userId, Set<CaseVisibility.Place> places, int reportDays, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String sql = counts("select " + DESK_KEY + " as due_key from case_file c " + LATEST_HEARING
                + " where " + PENDING + " and " + assignedTo(userId, places, params));
        params.put("reportDays", reportDays);
        return counts(sql, params, today);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page queue(String office, Agency agency, int reportDays, Optional<DueCursor> afterCursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        // Ordered by the FIR's day, as the index (office, agency, registered_on, id) is: the due day is
        // that day plus a constant, so the order and the cursor are the same.
        String after = "";
        if (afterCursor.isPresent()) {
            after = " and (c.registered_on, c.id) > (:afterDay, :afterId)";
            params.put("afterDay", afterCursor.get().key().minusDays(reportDays));
            params.put("afterId", afterCursor.get().id().value());
        }
        String sql = "select " + CASE_COLUMNS + ", p.due_key, cast(null as text) as due_court from (select c.id,"
                + " c.registered_on + cast(:reportDays as integer) as due_key from case_file c"
                + " where " + INVESTIGATING + " and c.office = :office and c.agency = :agency" + after
                + " order by c.registered_on, c.id limit :limit) p"
                + " join case_file c on c.id = p.id order by p.due_key, p.id";
        params.put("office", office);
        params.put("agency", agency.name());
        params.put("reportDays", reportDays);
        params.put("limit", limit + 1);
        return page(rows(sql, params), limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public DueItem.Counts queueCounts(String office, Agency agency, int reportDays, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String sql = counts("select c.registered_on + cast(:reportDays as integer) as due_key from case_file c"
                + " where " + INVESTIGATING + " and c.office = :office and c.agency = :agency");
        params.put("office", office);
        params.put("agency", agency.name());
        params.put("reportDays", reportDays);
        return counts(sql, params, today);
    }

    /** The cases on which the user holds one of the places. */
    private static String assignedTo(String userId, Set<CaseVisibility.Place> places, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (places.contains(CaseVisibility.Place.PROSECUTOR)) {
            any.add("c.prosecutor = :user");
        }
        if (places.contains(CaseVisibility.Place.JUDGE)) {
            any.add("c.judge = :user");
        }
        if (places.contains(CaseVisibility.Place.LEAD_INVESTIGATOR)) {
            any.add("c.lead_investigator = :user");
        }
        params.put("user", userId);
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    private static String keyset(Optional<DueCursor> after, Map<String, Object> params) {
        if (after.isEmpty()) {
            return "";
        }
        params.put("afterKey", after.get().key());
        params.put("afterId", after.get().id().value());
        return " where (d.due_key, d.id) > (:afterKey, :afterId)";
    }

    private static String counts(String keys) {
        return "select count(*) filter (where k.due_key < :today),"
                + " count(*) filter (where k.due_key >= :today and k.due_key < :nextWeek),"
                + " count(*) filter (where k.due_key >= :nextWeek and k.due_key < date '9999-12-31'),"
                + " count(*) filter (where k.due_key = date '9999-12-31')"
                + " from (" + keys + ") k";
    }

    private static DueItem.Counts counts(String sql, Map<String, Object> params, LocalDate today) {
        params.put("today", today);
        params.put("nextWeek", today.plusDays(7));
        Object[] row = rows(sql, params).get(0);
        return new DueItem.Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    private static Page page(List<Object[]> rows, int limit) {
        boolean more = rows.size() > limit;
        List<Row> read = new ArrayList<>();
        for (Object[] row : more ? rows.subList(0, limit) : rows) {
            read.add(new Row(caseOf(row), localDate(row[CASE_COLUMN_COUNT]),
                    Optional.ofNullable((String) row[CASE_COLUMN_COUNT + 1])));
        }
        return new Page(read, more);
    }

    private static CaseOnList caseOf(Object[] row) {
        return new CaseOnList(row[0].toString(), (String) row[1], (String) row[2], (String) row[3], localDate(row[4]),
                CaseStatus.valueOf((String) row[5]), Boolean.TRUE.equals(row[6]), accused((String) row[7]),
                Arrays.asList(read((String) row[8], String[].class)));
    }

    private static List<CaseOnList.AccusedOnList> accused(String json) {
        return Arrays.stream(read(json, AccusedJson[].class))
                .map(a -> new CaseOnList.AccusedOnList(a.name, a.custody == null ? null
                        : org.insaf.domain.casefile.CustodyStatus.valueOf(a.custody)))
                .toList();
    }

    /** One accused as the statement builds it. */
    private static final class AccusedJson {
        public String name;
        public String custody;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list's row could not be read", e);
        }
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
