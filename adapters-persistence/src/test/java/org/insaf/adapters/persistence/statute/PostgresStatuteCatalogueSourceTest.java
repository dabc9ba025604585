package org.insaf.adapters.persistence.statute;

import org.insaf.domain.statute.InForcePeriod;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.statute.StatuteCatalogueFixture.PACHTO_3;

/** The statute table is read once, at start, and a catalogue the domain refuses stops the start. */
class PostgresStatuteCatalogueSourceTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<List<Statute>> table(List<Statute> rows) {
        return () -> {
            reads.incrementAndGet();
            return rows;
        };
    }

    @Test
    void the_table_is_read_at_start_and_never_again() {
        PostgresStatuteCatalogueSource source = new PostgresStatuteCatalogueSource(table(StatuteCatalogueFixture.all()));

        source.loadAtStart(null);
        assertThat(reads).hasValue(1);
        StatuteCatalogue first = source.catalogue();
        StatuteCatalogue second = source.catalogue();

        assertThat(second).isSameAs(first);
        assertThat(source.all()).isSameAs(first.all()).hasSize(StatuteCatalogueFixture.all().size());
        assertThat(reads).hasValue(1);
    }

    @Test
    void without_a_start_the_first_ask_reads_it_once_however_many_ask_at_once() throws Exception {
        PostgresStatuteCatalogueSource source = new PostgresStatuteCatalogueSource(table(StatuteCatalogueFixture.all()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StatuteCatalogue>> asks = pool.invokeAll(
                    java.util.Collections.nCopies(32, (Callable<StatuteCatalogue>) source::catalogue));
            StatuteCatalogue first = asks.get(0).get();
            for (Future<StatuteCatalogue> ask : asks) {
                assertThat(ask.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void two_versions_in_force_on_one_day_stop_the_start_with_the_rule_and_the_provision() {
        Statute overlapping = new Statute(PACHTO_3.code(), 2, PACHTO_3.act(), PACHTO_3.section(), PACHTO_3.title(),
                PACHTO_3.category(), PACHTO_3.scope(), PACHTO_3.elements(), PACHTO_3.penalty(),
                InForcePeriod.from(LocalDate.of(2018, 5, 30)), PACHTO_3.procedure(), "test");
        PostgresStatuteCatalogueSource source = new PostgresStatuteCatalogueSource(table(List.of(PACHTO_3, overlapping)));

        assertThatThrownBy(() -> source.loadAtStart(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The statute table is not a valid catalogue (STATUTE_VERSIONS_DO_NOT_OVERLAP): ")
                .hasMessageContaining("PACHTO-3 versions 1 (from 2002-10-31 to 2018-05-30) and 2 (from 2018-05-30) overlap in time")
                .hasMessageContaining("Correct it with a migration");
    }

    @Test
    void a_row_that_is_not_a_statute_stops_the_start_with_its_rule() {
        PostgresStatuteCatalogueSource source = new PostgresStatuteCatalogueSource(() -> {
            throw new org.insaf.domain.shared.InvalidValueException("STATUTE_CODE_FORMAT", "not a code");
        });

        assertThatThrownBy(() -> source.loadAtStart(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(STATUTE_CODE_FORMAT): not a code");
    }
}
