package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages of the cases a caller may see, newest registration first, keyset-paged, with the caller's
 * visibility in the statement's predicates; and whether an FIR is registered.
 */
@ApplicationScoped
public class PostgresCaseFinder implements CaseFinder {

    private static final Map<CaseVisibility.Place, String> PLACE_COLUMNS = new EnumMap<>(Map.of(
            CaseVisibility.Place.LEAD_INVESTIGATOR, "c.leadInvestigator",
            CaseVisibility.Place.PROSECUTOR, "c.prosecutor",
            CaseVisibility.Place.JUDGE, "c.judge"));

    private final StoredCases stored;

    PostgresCaseFinder(StoredCases stored) {
        this.stored = stored;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean firExists(FiaCircle circle, FirNumber firNumber) {
        return CaseFileEntity.count("circle = ?1 and firNumber = ?2", circle.name(), firNumber.value()) > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        if (visibility.seesNothing()) {
            return new CasePage(List.of(), false);
        }
        StringBuilder jpql = new StringBuilder("from CaseFileEntity c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!visibility.all()) {
            List<String> any = new ArrayList<>();
            visibility.office().ifPresent(office -> {
                any.add("c.circle = :visibleOffice");
                params.put("visibleOffice", office);
            });
            PLACE_COLUMNS.forEach((place, column) -> {
                if (visibility.admitsAs(place)) {
                    any.add(column + " = :visibleTo");
                    params.put("visibleTo", visibility.assignedTo().orElseThrow());
                }
            });
            jpql.append(" and (").append(String.join(" or ", any)).append(")");
        }
        filter.status().ifPresent(status -> {
            jpql.append(" and c.status = :status");
            params.put("status", status.name());
        });
        filter.statute().ifPresent(code -> {
            jpql.append(" and (exists (select 1 from FirSectionEntity s where s.caseId = c.id and s.statuteCode = :code)"
                    + " or exists (select 1 from OffenceEntity o where o.caseId = c.id and o.statuteCode = :code))");
            params.put("code", code.value());
        });
        filter.office().ifPresent(office -> {
            jpql.append(" and c.circle = :office");
            params.put("office", office);
        });
        filter.assignedTo().ifPresent(user -> {
            jpql.append(" and (c.leadInvestigator = :assignee or c.prosecutor = :assignee or c.judge = :assignee)");
            params.put("assignee", user);
        });
        filter.registeredFrom().ifPresent(from -> {
            jpql.append(" and c.registeredOn >= :from");
            params.put("from", from);
        });
        filter.registeredTo().ifPresent(to -> {
            jpql.append(" and c.registeredOn <= :to");
            params.put("to", to);
        });
        after.ifPresent(cursor -> {
            // A row comparison, which PostgreSQL answers from the index from the cursor on; the same
            // condition spelt with OR reads and drops every row before the cursor.
            jpql.append(" and (c.registeredOn, c.id) < (:afterDate, :afterId)");
            params.put("afterDate", cursor.registeredOn());
            params.put("afterId", cursor.id().value());
        });
        jpql.append(" order by c.registeredOn desc, c.id desc");
        TypedQuery<CaseFileEntity> query = Panache.getEntityManager().createQuery(jpql.toString(), CaseFileEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(query::setParameter);
        List<CaseFileEntity> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        return new CasePage(stored.assemble(more ? rows.subList(0, limit) : rows), more);
    }
}
