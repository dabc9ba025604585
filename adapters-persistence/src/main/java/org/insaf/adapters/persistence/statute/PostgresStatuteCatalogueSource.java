package org.insaf.adapters.persistence.statute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.StatuteCatalogueSource;

/**
 * The statute table read once: reference data that only a migration changes, and migrations run
 * before the service takes requests. The domain catalogue (with its overlap checks) is built on the
 * first ask and kept.
 */
@ApplicationScoped
public class PostgresStatuteCatalogueSource implements StatuteCatalogueSource {

    private final StatuteMapper mapper;
    private volatile org.insaf.domain.statute.StatuteCatalogue loaded;

    PostgresStatuteCatalogueSource(StatuteMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.insaf.domain.statute.StatuteCatalogue catalogue() {
        org.insaf.domain.statute.StatuteCatalogue catalogue = loaded;
        if (catalogue == null) {
            synchronized (this) {
                catalogue = loaded;
                if (catalogue == null) {
                    catalogue = new org.insaf.domain.statute.StatuteCatalogue(
                            StatuteEntity.allInOrder().stream().map(mapper::toDomain).toList());
                    loaded = catalogue;
                }
            }
        }
        return catalogue;
    }
}
