package org.insaf.adapters.graphql.statute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.StatuteCatalogue;

import java.util.Optional;

/**
 * Hands out the {@link CatalogueViews} of the service's one in-memory catalogue, built on first use
 * and kept while the catalogue is the same instance (it is, for the life of the service). The
 * catalogue is asked for on every call so that the application still decides who may read it.
 */
@ApplicationScoped
public class StatuteCatalogueViews {

    private final ListStatutesUseCase statutes;
    private volatile CatalogueViews built;

    @Inject
    public StatuteCatalogueViews(ListStatutesUseCase statutes) {
        this.statutes = statutes;
    }

    public CatalogueViews forCaller(Actor actor) {
        StatuteCatalogue catalogue = statutes.catalogue(new ListStatutesUseCase.Query(actor, Optional.empty()));
        CatalogueViews views = built;
        if (views == null || views.catalogue() != catalogue) {
            views = new CatalogueViews(catalogue);
            built = views;
        }
        return views;
    }
}
