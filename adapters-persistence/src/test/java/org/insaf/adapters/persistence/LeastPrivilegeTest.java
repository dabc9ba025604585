package org.insaf.adapters.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service runs as a role that can do only what its use cases need; the schema belongs to
 * another role, which runs the migrations; the server takes password logins on loopback only.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class LeastPrivilegeTest {

    private static final Set<String> READ = Set.of("SELECT");
    private static final Set<String> APPEND = Set.of("SELECT", "INSERT");
    private static final Set<String> CHANGE = Set.of("SELECT", "INSERT", "UPDATE");

    /** Every table of the schema and exactly what the service may do to it. A new table must be added here. */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("statute", READ),
            Map.entry("case_file", CHANGE),
            // A retrial ordered on appeal moves the day the case entered ON_TRIAL (and DECIDED) again.
            Map.entry("case_status_date", CHANGE), Map.entry("case_fir_section", APPEND),
            Map.entry("victim", APPEND), Map.entry("victim_identity", APPEND), Map.entry("accused", APPEND),
            Map.entry("offence", CHANGE), Map.entry("offence_victim", APPEND), Map.entry("hearing", APPEND),
            Map.entry("case_warning", APPEND), Map.entry("case_transfer", APPEND), Map.entry("case_facts", CHANGE),
            // Made once per convicted accused, never changed; deleted when a retrial sets it aside.
            Map.entry("sentencing_order", Set.of("SELECT", "INSERT", "DELETE")),
            Map.entry("appeal", CHANGE),
            Map.entry("accused_custody", APPEND), Map.entry("bail_application", CHANGE),
            Map.entry("audit_entry", APPEND),
            Map.entry("figures_publication", APPEND), Map.entry("published_figure", APPEND),
            Map.entry("pseudonym_counter", CHANGE),
            // Written only by the triggers of V12, as the owner.
            Map.entry("statistics_trafficking_category", READ), Map.entry("statistics_counter", READ),
            Map.entry("statistics_case_contribution", Set.of()),
            Map.entry("statistics_person_counter", Set.of()),
            Map.entry("flyway_schema_history", Set.of()),
            // V17: persons are kept current (particulars, joins, keys remade); rejections only added.
            Map.entry("person", CHANGE), Map.entry("person_name_key", Set.of("SELECT", "INSERT", "DELETE")),
            Map.entry("person_candidate_rejection", APPEND));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_service_has_exactly_the_rights_its_use_cases_need_on_every_table() throws SQLException {
        Map<String, Set<String>> granted = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("""
                     SELECT t.tablename, p.privilege FROM pg_tables t
                     CROSS JOIN unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p(privilege)
                     WHERE t.schemaname = 'public'
                       AND has_table_privilege(current_user, format('public.%I', t.tablename), p.privilege)
                     UNION ALL SELECT t.tablename, NULL FROM pg_tables t WHERE t.schemaname = 'public'""")) {
            while (rows.next()) {
                Set<String> privileges = granted.computeIfAbsent(rows.getString(1), k -> new TreeSet<>());
                if (rows.getString(2) != null) {
                    privileges.add(rows.getString(2));
                }
            }
        }
        assertThat(granted).as("what the service's role may do, table by table").isEqualTo(new TreeMap<>(EXPECTED));
    }

    @Test
    void the_service_owns_nothing_and_is_no_superuser() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("""
                     SELECT current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
                            (SELECT count(*) FROM pg_class WHERE relowner = r.oid),
                            (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
                     FROM pg_roles r WHERE r.rolname = current_user""")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(EmbeddedDatabase.APP_ROLE);
            for (int flag = 2; flag <= 5; flag++) {
                assertThat(row.getBoolean(flag)).as("role attribute " + flag).isFalse();
            }
            assertThat(row.getLong(6)).as("tables owned").isZero();
            assertThat(row.getLong(7)).as("functions owned").isZero();
        }
    }

    @Test
    void the_service_may_not_create_or_change_schema_objects() {
        for (String ddl : List.of("CREATE TABLE public.intruder (id int)",
                "CREATE FUNCTION public.intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "ALTER TABLE hearing ADD COLUMN intruder int", "DROP TABLE hearing", "CREATE ROLE intruder")) {
            assertThatThrownBy(() -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute(ddl);
                }
            }).as(ddl).isInstanceOf(SQLException.class).hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
    }

    @Test
    void the_schema_belongs_to_the_role_that_runs_the_migrations() throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("""
                     SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' UNION
                     SELECT DISTINCT installed_by FROM flyway_schema_history""")) {
            List<String> owners = new java.util.ArrayList<>();
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
            assertThat(owners).containsExactly(EmbeddedDatabase.OWNER_ROLE);
        }
    }

    @Test
    void logins_need_the_password_and_the_server_listens_on_loopback_only() throws SQLException {
        EmbeddedDatabase database = PostgresTestDatabase.database();
        for (String role : List.of("postgres", EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.APP_ROLE)) {
            assertThatThrownBy(() -> database.connect(role, "not-the-password").close()).as(role)
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> database.connect(role, "").close()).as(role)
                    .isInstanceOf(SQLException.class);
        }
        try (Connection c = database.connectAsApp(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT current_setting('listen_addresses'), current_setting('password_encryption')")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("127.0.0.1");
            assertThat(row.getString(2)).isEqualTo("scram-sha-256");
        }
    }
}
