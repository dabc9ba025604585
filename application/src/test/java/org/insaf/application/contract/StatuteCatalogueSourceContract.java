package org.insaf.application.contract;

import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * What every {@link StatuteCatalogueSource} must give: exactly the statutes of statutes.md (as
 * {@link StatuteCatalogueFixture#all()} builds them), every version, ordered by code and then by
 * version (which is the order of the dates the versions came into force).
 */
public abstract class StatuteCatalogueSourceContract {

    protected abstract StatuteCatalogueSource catalogue();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private List<Statute> all() {
        return inTransaction(() -> catalogue().all());
    }

    @Test
    void holds_exactly_the_statutes_of_the_law_ordered_by_code_then_version() {
        List<Statute> expected = StatuteCatalogueFixture.all().stream()
                .sorted(Comparator.comparing(Statute::code).thenComparingInt(Statute::version)).toList();
        assertThat(all()).containsExactlyElementsOf(expected);
    }

    @Test
    void the_versions_of_a_provision_follow_the_dates_they_came_into_force() {
        List<Statute> all = all();
        assertThat(all).isSortedAccordingTo(Comparator.comparing(Statute::code)
                .thenComparing(s -> s.inForce().from()));
        assertThat(all).filteredOn(s -> s.code().value().equals("PTPA-3-AGG")).extracting(Statute::version)
                .containsExactly(1, 2);
    }

    @Test
    void every_provision_keeps_its_penalty_elements_and_period_in_force() {
        List<Statute> all = all();
        for (Statute expected : StatuteCatalogueFixture.all()) {
            Statute actual = all.stream().filter(s -> s.ref().equals(expected.ref())).findFirst().orElseThrow();
            assertThat(actual.penalty()).as(expected.ref() + " penalty").isEqualTo(expected.penalty());
            assertThat(actual.elements()).as(expected.ref() + " elements").isEqualTo(expected.elements());
            assertThat(actual.inForce()).as(expected.ref() + " in force").isEqualTo(expected.inForce());
            assertThat(actual.scope()).as(expected.ref() + " scope").isEqualTo(expected.scope());
            assertThat(actual.procedure()).as(expected.ref() + " procedure").isEqualTo(expected.procedure());
            assertThat(actual.category()).as(expected.ref() + " category").isEqualTo(expected.category());
            assertThat(actual.source()).as(expected.ref() + " source").isEqualTo(expected.source());
        }
    }

    @Test
    void the_catalogue_is_built_once_and_cites_by_one_rule() {
        StatuteCatalogueSource port = catalogue();
        org.insaf.domain.statute.StatuteCatalogue first = inTransaction(port::catalogue);
        assertThat(inTransaction(port::catalogue)).isSameAs(first);
        assertThat(first.versionToCite(org.insaf.domain.statute.StatuteCode.of("PACHTO-3"),
                java.time.LocalDate.of(2018, 5, 30)).cited()).isPresent();
    }

    @Test
    void the_domain_accepts_it_as_a_catalogue_without_overlapping_versions() {
        assertThatCode(() -> new org.insaf.domain.statute.StatuteCatalogue(all())).doesNotThrowAnyException();
    }
}
