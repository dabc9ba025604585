package org.insaf.adapters.persistence.upgrade;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.flywaydb.core.Flyway;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.adapters.persistence.testing.SharedTestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A database of its own on the run's PostgreSQL, migrated to schema version 9 (the last before the
 * events, read views, counters, verdicts as courts give them, custody and offices) and filled with
 * cases as the service stored them then ({@code db/upgrade/v9-cases.sql}). The service's own start
 * (Flyway at start, then the read-view fill) upgrades it, as it upgrades a data folder in the field.
 */
public class DatabaseAtVersion9 implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "insaf_upgrade_from_v9";

    @Override
    public Map<String, String> start() {
        EmbeddedDatabase server = PostgresTestDatabase.database();
        Map<String, String> config = new HashMap<>(new SharedTestDatabase("insaf.test.persistence.").quarkusConfig());
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + DATABASE;
        try {
            try (Connection c = connect(server.jdbcUrl(), "postgres", server.passwords().superuser());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + EmbeddedDatabase.OWNER_ROLE);
            }
            // As EmbeddedDatabase sets up its own database: only the owner creates in the schema.
            try (Connection c = connect(url, "postgres", server.passwords().superuser()); Statement s = c.createStatement()) {
                s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                s.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + EmbeddedDatabase.OWNER_ROLE);
                s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + EmbeddedDatabase.OWNER_ROLE + ", "
                        + EmbeddedDatabase.APP_ROLE);
            }
            Flyway.configure()
                    .dataSource(url, EmbeddedDatabase.OWNER_ROLE, server.ownerPassword())
                    .placeholders(Map.of("app_role", EmbeddedDatabase.APP_ROLE))
                    .target("9")
                    .load()
                    .migrate();
            try (Connection c = connect(url, EmbeddedDatabase.OWNER_ROLE, server.ownerPassword());
                 Statement s = c.createStatement()) {
                s.execute(fixture());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The version 9 database could not be made: " + e.getMessage(), e);
        }
        config.put("quarkus.datasource.jdbc.url", url);
        return config;
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    private static String fixture() {
        try (InputStream in = DatabaseAtVersion9.class.getResourceAsStream("/db/upgrade/v9-cases.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The database stays until the run's PostgreSQL stops; the next run drops it first.
    }
}
