package org.insaf.application.adapters;

import org.insaf.application.contract.StatuteCatalogueSourceContract;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.statute.StatuteCatalogueFixture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class InMemoryStatuteCatalogueSourceTest extends StatuteCatalogueSourceContract {

    @Override
    protected StatuteCatalogueSource catalogue() {
        // loaded in another order than the one it must answer in
        List<org.insaf.domain.statute.Statute> shuffled = new ArrayList<>(StatuteCatalogueFixture.all());
        Collections.reverse(shuffled);
        return new InMemoryStatuteCatalogueSource(shuffled);
    }
}
