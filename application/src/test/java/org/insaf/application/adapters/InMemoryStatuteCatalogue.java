package org.insaf.application.adapters;

import org.insaf.application.port.out.StatuteCatalogue;
import org.insaf.domain.statute.Statute;

import java.util.List;

public class InMemoryStatuteCatalogue implements StatuteCatalogue {

    private final org.insaf.domain.statute.StatuteCatalogue catalogue;

    public InMemoryStatuteCatalogue(List<Statute> statutes) {
        this.catalogue = new org.insaf.domain.statute.StatuteCatalogue(statutes);
    }

    @Override
    public org.insaf.domain.statute.StatuteCatalogue catalogue() {
        return catalogue;
    }
}
