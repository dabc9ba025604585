package org.insaf.application.port.out;

import org.insaf.domain.statute.Statute;

import java.util.List;

/**
 * The statutes Insaf knows, every version of each: reference data loaded and corrected by migrations
 * only, so an adapter builds the domain's catalogue once and answers from memory.
 */
public interface StatuteCatalogueSource {

    /** The domain's catalogue of every version; the same instance for the life of the service. */
    org.insaf.domain.statute.StatuteCatalogue catalogue();

    /** Every statute version, ordered by code and then by the date the version came into force. */
    default List<Statute> all() {
        return catalogue().all();
    }
}
