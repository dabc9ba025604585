package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.ObjectLocator;
import org.insaf.domain.casefile.CaseId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One statement of index lookups, one per kind, in the order {@link ObjectLocator.Kind} prefers:
 * an accused's id is the person's id (accused.person_id, indexed by V23), the others are primary keys.
 * Among the cases holding the object, one the caller may see comes first.
 */
@ApplicationScoped
public class PostgresObjectLocator implements ObjectLocator {

    private static final String LOCATE = """
            SELECT found.k, found.case_id FROM (
                SELECT 0 AS k, id AS case_id FROM case_file WHERE id = :id
                UNION ALL SELECT 1, case_id FROM accused WHERE person_id = :id
                UNION ALL SELECT 2, case_id FROM victim WHERE id = :id
                UNION ALL SELECT 3, case_id FROM offence WHERE id = :id
                UNION ALL SELECT 4, case_id FROM appeal WHERE id = :id
                UNION ALL SELECT 5, case_id FROM bail_application WHERE id = :id
            ) found JOIN case_file c ON c.id = found.case_id
            ORDER BY found.k, CASE WHEN %s THEN 0 ELSE 1 END, found.case_id LIMIT 1""";

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Located> locate(UUID id, CaseVisibility visibility) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        var query = Panache.getEntityManager().createNativeQuery(
                LOCATE.formatted(PostgresCaseFinder.visibleCondition(visibility, params)));
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> new Located(Kind.values()[((Number) row[0]).intValue()],
                new CaseId((UUID) row[1])));
    }
}
