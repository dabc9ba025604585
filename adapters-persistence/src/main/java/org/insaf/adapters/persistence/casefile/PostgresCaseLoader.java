package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;

import java.util.List;
import java.util.Optional;

/** Loads one case, at its stored version, to change or show it; its victims without identities. */
@ApplicationScoped
public class PostgresCaseLoader implements CaseLoader {

    private final StoredCases stored;

    PostgresCaseLoader(StoredCases stored) {
        this.stored = stored;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Case> load(CaseId id) {
        return Panache.getEntityManager()
                .createQuery("from CaseFileEntity c where c.id = :id", CaseFileEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("id", id.value())
                .getResultStream().findFirst()
                .map(row -> stored.assemble(List.of(row)).get(0));
    }
}
