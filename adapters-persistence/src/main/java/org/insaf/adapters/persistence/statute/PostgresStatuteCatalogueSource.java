package org.insaf.adapters.persistence.statute;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;

import java.util.List;
import java.util.function.Supplier;

/**
 * The statute table read once, when the service starts: reference data that only a migration
 * changes, and migrations have run by then. Reading it at start means no request waits for it, and
 * a catalogue the domain refuses (two versions in force on one day, a row that is not law) stops
 * the service with the reason rather than failing every charge later.
 */
@ApplicationScoped
public class PostgresStatuteCatalogueSource implements StatuteCatalogueSource {

    private final Supplier<List<Statute>> rows;
    private volatile StatuteCatalogue loaded;

    @Inject
    PostgresStatuteCatalogueSource(StatuteMapper mapper) {
        this(() -> StatuteEntity.allInOrder().stream().map(mapper::toDomain).toList());
    }

    /** @param rows every statute version as stored; read at most once */
    PostgresStatuteCatalogueSource(Supplier<List<Statute>> rows) {
        this.rows = rows;
    }

    @Transactional
    void loadAtStart(@Observes StartupEvent started) {
        catalogue();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatuteCatalogue catalogue() {
        StatuteCatalogue catalogue = loaded;
        if (catalogue == null) {
            synchronized (this) {
                catalogue = loaded;
                if (catalogue == null) {
                    catalogue = load();
                    loaded = catalogue;
                }
            }
        }
        return catalogue;
    }

    private StatuteCatalogue load() {
        try {
            return new StatuteCatalogue(rows.get());
        } catch (InvalidValueException invalid) {
            throw new IllegalStateException("The statute table is not a valid catalogue (" + invalid.rule() + "): "
                    + invalid.getMessage() + ". Correct it with a migration; Insaf will not cite law it cannot trust.",
                    invalid);
        }
    }
}
