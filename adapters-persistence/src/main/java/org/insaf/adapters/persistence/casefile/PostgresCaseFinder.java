package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The read side: a case, or a page of cases newest registration first (keyset-paged), each read
 * from its stored view with one SQL statement whose predicates carry the caller's visibility and
 * the filter; no entity is managed and no part of a case is assembled. A case whose view is not of
 * the current format (stored before it, and not yet filled at start-up) is read through the
 * aggregate instead, so the answer is the same either way.
 */
@ApplicationScoped
public class PostgresCaseFinder implements CaseFinder {

    private static final Map<CaseVisibility.Place, String> PLACE_COLUMNS = new EnumMap<>(Map.of(
            CaseVisibility.Place.LEAD_INVESTIGATOR, "c.lead_investigator",
            CaseVisibility.Place.PROSECUTOR, "c.prosecutor",
            CaseVisibility.Place.JUDGE, "c.judge"));

    // The view is read as the bytes PostgreSQL sends (its JSON text in UTF-8) and parsed from them:
    // read as a String it was decoded first, and that copy was a sixth of what a page allocated.
    private static final String SELECT = "select c.id as id, c.read_format as read_format,"
            + " cast(c.read_view as text) as read_view from case_file c where ";

    private final PostgresCaseLoader loader;

    PostgresCaseFinder(PostgresCaseLoader loader) {
        this.loader = loader;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean firExists(FiaCircle circle, FirNumber firNumber) {
        return CaseFileEntity.count("circle = ?1 and firNumber = ?2", circle.name(), firNumber.value()) > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseDetail> detail(CaseId id, CaseVisibility visibility) {
        if (visibility.seesNothing()) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(SELECT).append("c.id = :id");
        params.put("id", id.value());
        visible(visibility, sql, params);
        return rows(sql, params, CaseDetail.Part.ALL).stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit,
                         Set<CaseDetail.Part> parts) {
        if (visibility.seesNothing()) {
            return new CasePage(List.of(), false);
        }
        StringBuilder sql = new StringBuilder(SELECT).append("true");
        Map<String, Object> params = new HashMap<>();
        visible(visibility, sql, params);
        filter.status().ifPresent(status -> {
            sql.append(" and c.status = :status");
            params.put("status", status.name());
        });
        filter.statute().ifPresent(code -> {
            sql.append(" and (exists (select 1 from case_fir_section s where s.case_id = c.id and s.statute_code = :code)"
                    + " or exists (select 1 from offence o where o.case_id = c.id and o.statute_code = :code))");
            params.put("code", code.value());
        });
        filter.office().ifPresent(office -> {
            sql.append(" and c.office = :office");
            params.put("office", office);
        });
        filter.assignedTo().ifPresent(user -> {
            sql.append(" and (c.lead_investigator = :assignee or c.prosecutor = :assignee or c.judge = :assignee)");
            params.put("assignee", user);
        });
        filter.registeredFrom().ifPresent(from -> {
            sql.append(" and c.registered_on >= :from");
            params.put("from", from);
        });
        filter.registeredTo().ifPresent(to -> {
            sql.append(" and c.registered_on <= :to");
            params.put("to", to);
        });
        after.ifPresent(cursor -> {
            // A row comparison, which PostgreSQL answers from the index from the cursor on; the same
            // condition spelt with OR reads and drops every row before the cursor.
            sql.append(" and (c.registered_on, c.id) < (:afterDate, :afterId)");
            params.put("afterDate", cursor.registeredOn());
            params.put("afterId", cursor.id().value());
        });
        // One more than the page, to know whether another follows.
        sql.append(" order by c.registered_on desc, c.id desc limit :limit");
        params.put("limit", limit + 1);
        List<CaseDetail> rows = rows(sql, params, parts);
        boolean more = rows.size() > limit;
        return new CasePage(more ? rows.subList(0, limit) : rows, more);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<CaseId> visibleAmong(Collection<CaseId> ids, CaseVisibility visibility) {
        if (ids.isEmpty() || visibility.seesNothing()) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        // One array parameter, not a list: the statement's text is the same whatever the number.
        String sql = "select c.id from case_file c where c.id = any(cast(:ids as uuid[])) and "
                + visibleCondition(visibility, params);
        params.put("ids", ids.stream().map(id -> id.value().toString()).distinct().toArray(String[]::new));
        Query query = Panache.getEntityManager().createNativeQuery(sql, UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> visible = query.getResultList();
        return visible.stream().map(CaseId::new).collect(Collectors.toUnmodifiableSet());
    }

    /** The caller's visibility: the parts are alternatives, any one admits a case. */
    private static void visible(CaseVisibility visibility, StringBuilder sql, Map<String, Object> params) {
        if (visibility.all()) {
            return;
        }
        sql.append(" and ").append(visibleCondition(visibility, params));
    }

    /** The caller's visibility as a condition on {@code case_file c}, its parameters put in params. */
    public static String visibleCondition(CaseVisibility visibility, Map<String, Object> params) {
        if (visibility.all()) {
            return "true";
        }
        List<String> any = new ArrayList<>();
        visibility.office().ifPresent(office -> {
            any.add("(c.office = :visibleOffice and c.agency = :visibleAgency)");
            params.put("visibleOffice", office);
            params.put("visibleAgency", visibility.officeAgency().name());
        });
        PLACE_COLUMNS.forEach((place, column) -> {
            if (visibility.admitsAs(place)) {
                any.add(column + " = :visibleTo");
                params.put("visibleTo", visibility.assignedTo().orElseThrow());
            }
        });
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    private List<CaseDetail> rows(StringBuilder sql, Map<String, Object> params, Set<CaseDetail.Part> parts) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = Panache.getEntityManager().createNativeQuery(sql.toString())
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("read_format", Short.class)
                .addScalar("read_view", StandardBasicTypes.BINARY);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<CaseDetail> views = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            views.add(view((UUID) row[0], (Short) row[1], (byte[]) row[2], parts));
        }
        return views;
    }

    // Only the parts asked for are read from a stored view; a case read through its aggregate has them all.
    private CaseDetail view(UUID id, Short format, byte[] json, Set<CaseDetail.Part> parts) {
        if (format != null && format.intValue() == CaseReadViews.FORMAT) {
            return CaseReadViews.read(json, parts);
        }
        return loader.load(new CaseId(id)).map(CaseProjection::of)
                .orElseThrow(() -> new IllegalStateException("case " + id + " was just read and is gone"));
    }
}
