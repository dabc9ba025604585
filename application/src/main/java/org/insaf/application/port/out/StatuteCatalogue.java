package org.insaf.application.port.out;

import org.insaf.domain.statute.Statute;

import java.util.List;

/** The statutes Insaf knows, every version of each: reference data loaded and corrected by migrations. */
public interface StatuteCatalogue {

    /** Every statute version, ordered by code and then by the date the version came into force. */
    List<Statute> all();
}
