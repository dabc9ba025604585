package org.insaf.adapters.persistence.contract;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.FiguresPublicationsContract;
import org.insaf.application.port.out.FiguresPublications;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published figures contract on the real database, and the database's own refusal to change them. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresFiguresPublicationsContractTest extends FiguresPublicationsContract {

    @Inject
    FiguresPublications publications;

    @Override
    protected FiguresPublications publications() {
        return publications;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    @Test
    void the_database_refuses_to_change_or_remove_a_published_figure() {
        inTransaction(() -> {
            publications.add(publication(2012, 1, 77));
            return null;
        });
        for (String change : new String[] {
                "UPDATE published_figure SET value = value + 1",
                "DELETE FROM published_figure",
                "UPDATE figures_publication SET reason = 'rewritten' WHERE year = 2012",
                "DELETE FROM figures_publication WHERE year = 2012",
                "TRUNCATE published_figure, figures_publication"}) {
            // The service's role may not even try; the owner, who may, is stopped by the trigger.
            assertThatThrownBy(() -> inTransaction(() -> Panache.getEntityManager().createNativeQuery(change).executeUpdate()))
                    .as(change).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> {
                try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement()) {
                    s.execute(change);
                }
            }).as(change + " as the owner").isInstanceOf(SQLException.class).hasMessageContaining("published figures are frozen");
        }
        assertThat(inTransaction(() -> publications.between(2012, 2012))).containsExactly(publication(2012, 1, 77));
    }

    @Test
    void a_revision_needs_its_reason_and_a_first_publication_has_none_in_the_database_too() {
        assertThatThrownBy(() -> inTransaction(() -> Panache.getEntityManager().createNativeQuery("""
                INSERT INTO figures_publication (id, year, revision, published_on, published_at, published_by, reason)
                VALUES (gen_random_uuid(), 2011, 2, DATE '2025-01-10', now(), 'analyst', NULL)""").executeUpdate()))
                .hasStackTraceContaining("figures_publication_revision_has_reason");
    }
}
