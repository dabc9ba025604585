package org.insaf.adapters.graphql.statute;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V1;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V2;

/** The statute views of the in-memory catalogue, looked up by the version a charge cites. */
class CatalogueViewsTest {

    private static final Actor ANALYST = new Actor("analyst-1", Set.of(Role.ANALYST), Optional.empty());

    private final CatalogueViews views = new CatalogueViews(StatuteCatalogueFixture.catalogue());

    @Test
    void every_version_has_its_view_with_every_field_as_the_statute_query_shows_it() {
        for (Statute statute : StatuteCatalogueFixture.all()) {
            assertThat(views.cited(statute.ref())).as(statute.ref().toString()).contains(StatuteViews.of(statute));
        }
    }

    @Test
    void two_versions_of_one_code_are_two_views_each_with_its_own_period() {
        StatuteView v1 = views.cited(PTPA_3_AGG_V1.ref()).orElseThrow();
        StatuteView v2 = views.cited(PTPA_3_AGG_V2.ref()).orElseThrow();

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.inForceLastDay()).isEqualTo(StatuteCatalogueFixture.PTPA_AMENDMENT.minusDays(1));
        assertThat(v1.act()).isEqualTo("Prevention of Trafficking in Persons Act 2018");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.inForceFrom()).isEqualTo(StatuteCatalogueFixture.PTPA_AMENDMENT);
        assertThat(v2.act()).isEqualTo("Prevention of Trafficking in Persons Act 2018 (as amended 2021-22)");
    }

    @Test
    void a_version_the_catalogue_does_not_hold_has_no_view() {
        assertThat(views.cited(StatuteRef.of("PTPA-3-AGG", 3))).isEmpty();
        assertThat(views.cited(StatuteRef.of("PPC-999", 1))).isEmpty();
        assertThat(views.cited(null)).isEmpty();
    }

    @Test
    void a_view_is_built_once_and_shared_by_every_charge_that_cites_the_version() {
        assertThat(views.cited(PTPA_3_AGG_V1.ref()).orElseThrow()).isSameAs(views.cited(StatuteRef.of("PTPA-3-AGG", 1)).orElseThrow());
        assertThat(views.of(PTPA_3_AGG_V1)).isSameAs(views.cited(PTPA_3_AGG_V1.ref()).orElseThrow());
    }

    @Test
    void the_views_are_built_once_per_catalogue_and_the_application_still_decides_who_may_read_it() {
        StatuteCatalogue catalogue = StatuteCatalogueFixture.catalogue();
        AtomicReference<StatuteCatalogue> served = new AtomicReference<>(catalogue);
        StatuteCatalogueViews source = new StatuteCatalogueViews(new ListStatutesUseCase() {
            @Override
            public List<Statute> listStatutes(Query query) {
                throw new AssertionError("the views read the catalogue, not the list");
            }

            @Override
            public StatuteCatalogue catalogue(Query query) {
                if (!query.actor().hasAnyRole()) {
                    throw new AccessRefused("no role");
                }
                return served.get();
            }
        });

        CatalogueViews first = source.forCaller(ANALYST);
        assertThat(source.forCaller(ANALYST)).isSameAs(first);
        assertThat(first.catalogue()).isSameAs(catalogue);

        served.set(StatuteCatalogue.of(PTPA_3_AGG_V1));
        CatalogueViews rebuilt = source.forCaller(ANALYST);
        assertThat(rebuilt).isNotSameAs(first);
        assertThat(rebuilt.cited(PTPA_3_AGG_V2.ref())).isEmpty();

        assertThatThrownBy(() -> source.forCaller(new Actor("nobody", Set.of(), Optional.empty())))
                .isInstanceOf(AccessRefused.class);
    }
}
