package org.insaf.adapters.graphql.casefile;

import org.insaf.adapters.graphql.statute.CatalogueViews;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;

import java.util.List;

/** The fixture's statute catalogue as the case resolvers see it, without CDI. */
final class TestStatutes {

    static final StatuteCatalogue CATALOGUE = StatuteCatalogueFixture.catalogue();
    static final CatalogueViews VIEWS = new CatalogueViews(CATALOGUE);

    private TestStatutes() {
    }

    static StatuteCatalogueViews views() {
        return new StatuteCatalogueViews(new ListStatutesUseCase() {
            @Override
            public List<Statute> listStatutes(Query query) {
                return CATALOGUE.all();
            }

            @Override
            public StatuteCatalogue catalogue(Query query) {
                return CATALOGUE;
            }
        });
    }
}
