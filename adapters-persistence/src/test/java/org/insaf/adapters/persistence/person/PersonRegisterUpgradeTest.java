package org.insaf.adapters.persistence.person;

import org.flywaydb.core.Flyway;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V17 upgrades a database that has accused: each person id of the accused becomes one person, with
 * the first case's kind, CNIC and nationality and every spelling its cases wrote, keys left for the
 * service to make (key_version 0). Run on a database of its own, migrated to V15 first.
 */
class PersonRegisterUpgradeTest {

    private static final UUID CASE_2018 = UUID.randomUUID();
    private static final UUID CASE_2020 = UUID.randomUUID();
    private static final UUID RECRUITER = UUID.randomUUID();
    private static final UUID AGENT = UUID.randomUUID();

    @Test
    void every_accused_gets_its_person() throws SQLException {
        EmbeddedDatabase db = PostgresTestDatabase.database();
        String name = "upgrade_v17_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection su = db.connect("postgres", db.passwords().superuser()); Statement s = su.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + EmbeddedDatabase.OWNER_ROLE);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + db.port() + "/" + name;
        Flyway.configure().dataSource(url, EmbeddedDatabase.OWNER_ROLE, db.ownerPassword())
                .placeholders(Map.of("app_role", EmbeddedDatabase.APP_ROLE)).target("15").load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, EmbeddedDatabase.OWNER_ROLE, db.ownerPassword());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO case_file (id, version, fir_number, circle, registered_on, status, agency, office) VALUES "
                    + "('" + CASE_2018 + "', 1, 'FIR 1/2018', 'FIA-AHTC-LAHORE', DATE '2018-01-10', 'UNDER_INVESTIGATION', 'FIA', 'FIA-AHTC-LAHORE'), "
                    + "('" + CASE_2020 + "', 1, 'FIR 9/2020', 'FIA-AHTC-KARACHI', DATE '2020-05-01', 'UNDER_INVESTIGATION', 'FIA', 'FIA-AHTC-KARACHI')");
            s.execute("INSERT INTO accused (id, case_id, person_id, position, kind, name, cnic, nationality, added_on) VALUES "
                    + "(gen_random_uuid(), '" + CASE_2020 + "', '" + RECRUITER + "', 0, 'PERSON', 'Mohd Rashid Khan', NULL, 'PK', DATE '2020-05-01'), "
                    + "(gen_random_uuid(), '" + CASE_2018 + "', '" + RECRUITER + "', 0, 'PERSON', 'Rashid Khan', '35202-7654321-3', 'PK', DATE '2018-01-10'), "
                    + "(gen_random_uuid(), '" + CASE_2018 + "', '" + AGENT + "', 1, 'ORGANISATION', 'Gulf Manpower Ltd', NULL, NULL, DATE '2018-01-10')");
        }
        Flyway.configure().dataSource(url, EmbeddedDatabase.OWNER_ROLE, db.ownerPassword())
                .placeholders(Map.of("app_role", EmbeddedDatabase.APP_ROLE)).load().migrate();
        try (Connection c = java.sql.DriverManager.getConnection(url, EmbeddedDatabase.OWNER_ROLE, db.ownerPassword());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("""
                     SELECT id, kind, array_to_string(names, '|'), cnic, nationality, key_version, joined_to
                     FROM person ORDER BY kind DESC""")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject(1)).isEqualTo(RECRUITER);
            assertThat(rows.getString(2)).isEqualTo("PERSON");
            assertThat(rows.getString(3).split("\\|")).containsExactlyInAnyOrder("Rashid Khan", "Mohd Rashid Khan");
            assertThat(rows.getString(4)).as("from the case registered first").isEqualTo("35202-7654321-3");
            assertThat(rows.getString(5)).isEqualTo("PK");
            assertThat(rows.getInt(6)).isZero();
            assertThat(rows.getObject(7)).isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getObject(1)).isEqualTo(AGENT);
            assertThat(rows.getString(2)).isEqualTo("ORGANISATION");
            assertThat(rows.getString(4)).isNull();
            assertThat(rows.next()).isFalse();
        }
        try (Connection su = db.connect("postgres", db.passwords().superuser()); Statement s = su.createStatement()) {
            s.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }
}
