package org.insaf.adapters.graphql.statistics;

import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PACHTO_3;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V1;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PTPA_3_AGG_V2;

/** A year's figures are titled with the version the catalogue cites on the year's last day. */
class StatuteTitlesTest {

    private static Statute titled(Statute s, String title) {
        return new Statute(s.code(), s.version(), s.act(), s.section(), title, s.category(), s.scope(), s.elements(),
                s.penalty(), s.inForce(), s.procedure(), s.source());
    }

    private final StatuteTitles titles = new StatuteTitles(StatuteCatalogue.of(
            titled(PTPA_3_AGG_V1, "before the amendment"), titled(PTPA_3_AGG_V2, "as amended"), PACHTO_3, PTPA_3));

    @Test
    void the_year_before_an_amendment_has_the_old_title_and_the_year_it_applies_from_its_first_day_the_new() {
        assertThat(StatuteCatalogueFixture.PTPA_AMENDMENT).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(titles.title("PTPA-3-AGG", 2021)).contains("before the amendment");
        assertThat(titles.title("PTPA-3-AGG", 2022)).contains("as amended");
        assertThat(titles.title("PTPA-3-AGG", 2030)).contains("as amended");
    }

    @Test
    void a_provision_not_in_force_at_the_end_of_the_year_keeps_the_title_of_its_nearest_version() {
        assertThat(titles.title("PACHTO-3", 2018)).contains(PACHTO_3.title());
        assertThat(titles.title("PTPA-3", 2017)).contains(PTPA_3.title());
        assertThat(titles.title("PTPA-3-AGG", 2017)).contains("before the amendment");
    }

    @Test
    void a_code_the_catalogue_does_not_know_or_that_is_not_a_code_has_no_title() {
        assertThat(titles.title("PPC-999", 2020)).isEmpty();
        assertThat(titles.title("not a code", 2020)).isEmpty();
        assertThat(titles.title(null, 2020)).isEmpty();
        assertThat(titles.knows("PTPA-3-AGG")).isTrue();
        assertThat(titles.knows("ppc-370")).isFalse();
    }
}
