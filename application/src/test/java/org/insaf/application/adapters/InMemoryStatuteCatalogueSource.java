package org.insaf.application.adapters;

import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.statute.Statute;

import java.util.List;

public class InMemoryStatuteCatalogueSource implements StatuteCatalogueSource {

    private final org.insaf.domain.statute.StatuteCatalogue catalogue;

    public InMemoryStatuteCatalogueSource(List<Statute> statutes) {
        this.catalogue = new org.insaf.domain.statute.StatuteCatalogue(statutes);
    }

    @Override
    public org.insaf.domain.statute.StatuteCatalogue catalogue() {
        return catalogue;
    }
}
