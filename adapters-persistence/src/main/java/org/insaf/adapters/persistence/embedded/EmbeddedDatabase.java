package org.insaf.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL server started from the embedded binaries on Maven Central (no Docker).
 * For the run command the data directory is kept between restarts; tests pass a fresh one.
 *
 * <p>It listens on 127.0.0.1 only and takes password logins (SCRAM) only. Three roles: the
 * superuser, used here at start and nowhere else; {@value #OWNER_ROLE}, which owns the schema and
 * runs Flyway; {@value #APP_ROLE}, the service's role, with the rights the migrations grant it and
 * nothing more (on the audit log: INSERT and SELECT).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String OWNER_ROLE = "insaf_owner";
    public static final String APP_ROLE = "insaf_app";
    public static final String DATABASE = "postgres";

    /** Written at every start: zonky's initdb leaves "trust" for everyone, which this replaces. */
    private static final String HBA = """
            # Written by Insaf at every start (EmbeddedDatabase): password logins over loopback only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            """;

    /** Null for a view of a server started elsewhere in this JVM ({@link #attach}). */
    private final EmbeddedPostgres postgres;
    private final int port;
    private final DatabasePasswords passwords;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, DatabasePasswords passwords) {
        this.postgres = postgres;
        this.port = port;
        this.passwords = passwords;
    }

    /**
     * A handle on a server that runs already (started by another class loader of the same test
     * JVM): it connects, it does not stop the server.
     */
    public static EmbeddedDatabase attach(int port, DatabasePasswords passwords) {
        return new EmbeddedDatabase(null, port, passwords);
    }

    /** The roles' passwords, for handing this server over to another class loader ({@link #attach}). */
    public DatabasePasswords passwords() {
        return passwords;
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its data
     * @param keepData      false wipes the data directory first (tests start from an empty database)
     * @param binariesDir   where the binaries are extracted once (a cache, outside target/)
     * @param passwords     the roles' passwords (kept in the data folder by the run command)
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData, Path binariesDir,
                                         DatabasePasswords passwords) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(binariesDir);
            stopLeftoverServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (keepData) {
                // The embedded binaries start without fsync and with asynchronous commit, which is
                // fine for a throw-away test database but could lose a recorded verdict on a crash.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // A failed statement is logged without its text, parameters or DETAIL (which
                    // quotes the failing row: a hearing's words, a victim's data).
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setConnectConfig("password", passwords.superuser())
                    .setPort(FreePort.find())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Whoever started it stops it, after the application's last work (the shutdown
                    // audit checkpoint); a hook of its own would stop it at the same time.
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, postgres.getPort(), passwords);
            try {
                database.secure(dataDirectory);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /** A server an earlier run left running on this data folder (killed with -9) is stopped first. */
    private static void stopLeftoverServer(Path dataDirectory) {
        Leftovers.pidIn(dataDirectory.resolve("postmaster.pid"))
                .ifPresent(pid -> Leftovers.stop(pid, "postgres", dataDirectory.toString()));
    }

    /**
     * Sets the passwords and the roles (every start, so the passwords file is what counts), gives
     * the owner role what the superuser owned before roles existed, then allows password logins
     * only. The first start of a new cluster is open to loopback logins without a password for
     * the moment this takes, on an empty database.
     */
    private void secure(Path dataDirectory) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD '" + passwords.superuser() + "'");
            s.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s; END IF;
                    END $$""".formatted(OWNER_ROLE, APP_ROLE));
            String limited = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '";
            s.execute("ALTER ROLE " + OWNER_ROLE + limited + passwords.owner() + "'");
            s.execute("ALTER ROLE " + APP_ROLE + limited + passwords.app() + "'");
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER_ROLE);
            s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + OWNER_ROLE + ", " + APP_ROLE);
            // Migrations install trusted contrib extensions (pg_trgm, V17), which needs CREATE on the database.
            s.execute("GRANT CREATE ON DATABASE " + DATABASE + " TO " + OWNER_ROLE);
            // Data folders made before the roles existed hold the schema under the superuser.
            s.execute("""
                    DO $$ DECLARE o record; BEGIN
                      FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                               JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = 'public' AND c.relowner = 'postgres'::regrole
                                 AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
                        EXECUTE format('ALTER %%s %%s OWNER TO %1$s',
                          CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, o.name);
                      END LOOP;
                      FOR o IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                               WHERE n.nspname = 'public' AND c.relowner = 'postgres'::regrole AND c.relkind = 'S' LOOP
                        EXECUTE format('ALTER SEQUENCE %%s OWNER TO %1$s', o.name);
                      END LOOP;
                      FOR o IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                               WHERE n.nspname = 'public' AND p.proowner = 'postgres'::regrole LOOP
                        EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', o.name);
                      END LOOP;
                    END $$""".formatted(OWNER_ROLE));
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.US_ASCII);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not be secured (roles, passwords, logins): "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** The Quarkus configuration: the service connects as the app role, Flyway as the owner. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", APP_ROLE,
                "quarkus.datasource.password", passwords.app(),
                "quarkus.flyway.username", OWNER_ROLE,
                "quarkus.flyway.password", passwords.owner());
    }

    /** The owner role's password, for tools and tests that run migrations or inspect the schema. */
    public String ownerPassword() {
        return passwords.owner();
    }

    /** A connection as the schema's owner, for tests that must reach past the service's rights. */
    public Connection connectAsOwner() throws SQLException {
        return connect(OWNER_ROLE, passwords.owner());
    }

    /** A connection as the service's role, outside the service's pool. */
    public Connection connectAsApp() throws SQLException {
        return connect(APP_ROLE, passwords.app());
    }

    public Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
