package org.insaf.adapters.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL statute catalogue against the real database the migrations built. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class StatuteCataloguePersistenceTest {

    private static final String VALID_COLUMNS = """
            INSERT INTO statute (code, version, act, section, title, offence_category, territorial_scope,
              required_acts, penalty_form, minimum_imprisonment_months, maximum_imprisonment_months,
              life_imprisonment, death_penalty, minimum_fine_pkr, in_force_from, in_force_until, source,
              cognizable, bailable, compoundable, trial_court, investigated_by)
            VALUES ('X-1', 1, 'An Act', '1', 'A title', 'TRAFFICKING', 'TRANSNATIONAL_ONLY', '{RECRUITMENT}',
              %s, %d, %d, false, false, %s, '2020-01-01', %s, 'test',
              true, false, false, 'COURT_OF_SESSION', 'FIA')""";

    @Inject
    StatuteCatalogueSource catalogue;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void the_migrated_catalogue_is_exactly_the_law_the_domain_states() {
        List<Statute> expected = StatuteCatalogueFixture.all().stream()
                .sorted(Comparator.comparing(Statute::code).thenComparingInt(Statute::version))
                .toList();
        // Record equality: code, version, act, section, title, category, scope, every element,
        // the whole penalty, the in-force period and the source note.
        assertThat(catalogue.all()).containsExactlyElementsOf(expected);
    }

    @Test
    void the_catalogue_was_read_at_start_and_is_never_read_again() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        org.insaf.domain.statute.StatuteCatalogue first = catalogue.catalogue();
        org.insaf.domain.statute.StatuteCatalogue second = catalogue.catalogue();

        assertThat(second).isSameAs(first);
        assertThat(first.all()).hasSize(StatuteCatalogueFixture.all().size());
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void the_schema_refuses_a_minimum_term_above_the_maximum() {
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 120, 60, "NULL", "NULL"), "statute_term_range");
    }

    @Test
    void the_schema_refuses_a_fine_where_the_law_allows_none() {
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "1000", "NULL"), "statute_fine_allowed");
    }

    @Test
    void the_schema_refuses_a_period_that_ends_before_it_begins() {
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "'2019-01-01'"), "statute_period");
    }

    @Test
    void the_schema_refuses_an_unknown_penalty_form_and_a_second_version_with_the_same_number() {
        assertRefused(VALID_COLUMNS.formatted("'WHIPPING'", 0, 60, "NULL", "NULL"), "statute_penalty_form_check");
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL").replace("'X-1', 1", "'PPC-369A', 1"),
                "statute_code_version_unique");
    }

    @Test
    void the_schema_refuses_no_term_without_life_an_unknown_court_and_a_missing_procedure() {
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 0, "NULL", "NULL"), "statute_term_or_life");
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL")
                .replace("'COURT_OF_SESSION'", "'JIRGA'"), "statute_trial_court_check");
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL")
                .replace("'TRAFFICKING'", "'FRAUD'"), "statute_offence_category_check");
        assertRefused(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL")
                .replace("true, false, false,", "NULL, false, false,"), "cognizable");
    }

    @Test
    void a_valid_row_is_accepted_so_the_refusals_above_are_the_constraints_speaking() throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                assertThat(s.executeUpdate(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL"))).isEqualTo(1);
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void the_service_may_read_the_catalogue_but_never_change_it() {
        for (String change : List.of(VALID_COLUMNS.formatted("'IMPRISONMENT_ONLY'", 0, 60, "NULL", "NULL"),
                "UPDATE statute SET title = 'changed'", "DELETE FROM statute")) {
            assertThatThrownBy(() -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    try {
                        s.executeUpdate(change);
                    } finally {
                        c.rollback();
                    }
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("permission denied for table statute");
        }
    }

    @Test
    void flyway_owns_the_schema() throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private void assertRefused(String sql, String constraint) {
        assertThatThrownBy(() -> {
            try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    s.executeUpdate(sql);
                } finally {
                    c.rollback();
                }
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(constraint);
    }
}
