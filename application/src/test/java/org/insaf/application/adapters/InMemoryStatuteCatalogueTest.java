package org.insaf.application.adapters;

import org.insaf.application.contract.StatuteCatalogueContract;
import org.insaf.application.port.out.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class InMemoryStatuteCatalogueTest extends StatuteCatalogueContract {

    @Override
    protected StatuteCatalogue catalogue() {
        // loaded in another order than the one it must answer in
        List<org.insaf.domain.statute.Statute> shuffled = new ArrayList<>(StatuteCatalogueFixture.all());
        Collections.reverse(shuffled);
        return new InMemoryStatuteCatalogue(shuffled);
    }
}
