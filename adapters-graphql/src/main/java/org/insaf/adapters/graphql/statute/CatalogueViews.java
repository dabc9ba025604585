package org.insaf.adapters.graphql.statute;

import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteRef;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL shape of every version of one statute catalogue, built once: the catalogue is
 * reference data held in memory, so a charge's statute is a lookup by the version it cites, never
 * a read and never a second resolver.
 */
public final class CatalogueViews {

    private final StatuteCatalogue catalogue;
    private final Map<StatuteRef, StatuteView> byRef;

    public CatalogueViews(StatuteCatalogue catalogue) {
        this.catalogue = catalogue;
        Map<StatuteRef, StatuteView> views = new HashMap<>();
        for (Statute statute : catalogue.all()) {
            views.put(statute.ref(), StatuteViews.of(statute));
        }
        this.byRef = Map.copyOf(views);
    }

    public StatuteCatalogue catalogue() {
        return catalogue;
    }

    /** The version a charge cites; empty only if the catalogue lost it, which a migration must not do. */
    public Optional<StatuteView> cited(StatuteRef ref) {
        return Optional.ofNullable(ref).map(byRef::get);
    }

    /** The view of a version of this catalogue. */
    public StatuteView of(Statute statute) {
        return cited(statute.ref()).orElseGet(() -> StatuteViews.of(statute));
    }
}
