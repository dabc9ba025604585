package org.insaf.adapters.persistence.live;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.insaf.application.casefile.live.CaseHolding;
import org.insaf.application.port.out.CaseHoldings;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who holds some cases now: one statement for them all, on the pool the requests use. */
@ApplicationScoped
public class PostgresCaseHoldings implements CaseHoldings {

    // Called from the feed's own thread, outside any request: the transaction gives it a session.
    @Override
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRED)
    public Map<CaseId, CaseHolding> holdingsOf(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                        "select id, office, agency, lead_investigator, prosecutor, judge from case_file where id in (:ids)")
                .setParameter("ids", cases.stream().map(CaseId::value).toList())
                .getResultList();
        Map<CaseId, CaseHolding> held = new LinkedHashMap<>();
        for (Object[] row : rows) {
            held.put(new CaseId((UUID) row[0]), new CaseHolding((String) row[1], Agency.valueOf((String) row[2]),
                    Optional.ofNullable((String) row[3]), Optional.ofNullable((String) row[4]),
                    Optional.ofNullable((String) row[5])));
        }
        return held;
    }
}
