package org.insaf.bootstrap.logging;

import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.identity.IdentityCipher;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every test that starts the application (plain tests like this one run after them), no
 * line of the run's log holds a victim's identity or a hearing's words, whichever test stored them:
 * the secrets are read back from the shared database.
 */
class WholeRunLogHygieneTest {

    /** Shorter values (a one-word city, a first name) could be in a log line by coincidence. */
    private static final int SHORTEST = 6;

    @Test
    void no_log_line_of_the_run_holds_a_victim_identity_or_a_hearing_text() throws Exception {
        assertThat(TestLog.FILE).as("the run's log; run this test with the application's tests (./mvnw verify)")
                .exists();
        Set<String> secrets = secretsStored();
        assertThat(secrets).as("identities and hearings stored by the run's tests").isNotEmpty();
        assertThat(Files.size(TestLog.FILE)).isPositive();
        assertThat(TestLog.linesHolding(secrets)).isEmpty();
    }

    private static Set<String> secretsStored() throws SQLException, IOException {
        Path runFile = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded"))
                .resolve(InsafTestInfrastructure.RUN_FILE);
        assertThat(runFile).as("written when the run's database started").exists();
        Properties run = new Properties();
        try (Reader in = Files.newBufferedReader(runFile)) {
            run.load(in);
        }
        IdentityCipher cipher = new IdentityCipher(run.getProperty("identity-key"), "k1");
        Set<String> secrets = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(run.getProperty("jdbc-url"), EmbeddedDatabase.OWNER_ROLE,
                run.getProperty("owner-password")); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT proceedings FROM hearing")) {
                while (rows.next()) {
                    keep(secrets, rows.getString(1));
                }
            }
            try (ResultSet rows = s.executeQuery(
                    "SELECT victim_id, name_enc, cnic_enc, contact_enc, address_enc, key_id FROM victim_identity")) {
                String[] fields = {"name", "cnic", "contact", "address"};
                while (rows.next()) {
                    UUID victim = rows.getObject(1, UUID.class);
                    for (int i = 0; i < fields.length; i++) {
                        byte[] sealed = rows.getBytes(i + 2);
                        if (sealed != null) {
                            keep(secrets, cipher.decrypt(rows.getString(6), sealed, victim, fields[i]));
                        }
                    }
                }
            }
        }
        return secrets;
    }

    private static void keep(Set<String> secrets, String value) {
        if (value != null && value.strip().length() >= SHORTEST) {
            secrets.add(value.strip());
        }
    }
}
