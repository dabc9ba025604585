package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.statute.Statute;

import java.util.List;

@ApplicationScoped
public class StatuteCatalogueService implements ListStatutesUseCase {

    private final StatuteCatalogueSource catalogue;

    @Inject
    public StatuteCatalogueService(StatuteCatalogueSource catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Statute> listStatutes(Query query) {
        org.insaf.domain.statute.StatuteCatalogue all = catalogue(query);
        return query.inForceOn()
                .map(all::inForceOn)
                .orElseGet(all::all);
    }

    @Override
    public org.insaf.domain.statute.StatuteCatalogue catalogue(Query query) {
        if (!query.actor().hasAnyRole()) {
            throw new AccessRefused("Reading the statute catalogue needs one of the roles of Insaf; "
                    + "the caller has none");
        }
        return catalogue.catalogue();
    }
}
