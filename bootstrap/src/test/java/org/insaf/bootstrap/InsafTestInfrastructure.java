package org.insaf.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.insaf.bootstrap.embedded.DatabasePasswords;
import org.insaf.bootstrap.embedded.EmbeddedDatabase;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.insaf.bootstrap.embedded.IdentityKeyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One PostgreSQL (from an empty database) and one Keycloak for the whole test run, however many
 * test classes use them: they are started on first use and stopped when the test JVM exits.
 * <p>
 * Quarkus loads the tests of each test profile in a class loader of its own, with statics of its
 * own. So what the servers are (ports, passwords, the identity key) is kept in system properties
 * of the JVM, and a class loader that finds them there attaches to the running servers instead of
 * starting (and wiping) new ones.
 */
public class InsafTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final String SHARED = "insaf.test.shared.";

    /**
     * Where plain tests find this run's database and identity key after the application's tests:
     * WholeRunLogHygieneTest reads back what the run stored.
     */
    public static final String RUN_FILE = "test-run.properties";

    private static EmbeddedDatabase database;
    private static EmbeddedKeycloak keycloak;
    private static PausableProxy proxy;

    private String testProfile;

    private static synchronized void ensureShared() {
        if (database != null) {
            return;
        }
        synchronized (System.getProperties()) {
            if (System.getProperty(SHARED + "database.port") == null) {
                startForTheRun();
            }
        }
        database = EmbeddedDatabase.attach(Integer.parseInt(shared("database.port")),
                new DatabasePasswords(shared("database.superuser"), shared("database.owner"), shared("database.app")));
        keycloak = EmbeddedKeycloak.attach(Integer.parseInt(shared("keycloak.port")), shared("keycloak.admin"));
    }

    private static void startForTheRun() {
        Path workDir = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath();
        // Tests always use their own servers, whatever the developer's environment points at.
        EmbeddedInfrastructure started = EmbeddedInfrastructure.start(workDir, false,
                key -> key.startsWith("quarkus.") ? Optional.empty() : EmbeddedInfrastructure.systemConfig(key));
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "insaf-test-infrastructure-stop"));
        EmbeddedDatabase db = started.database().orElseThrow();
        EmbeddedKeycloak kc = started.keycloak().orElseThrow();
        share("database.superuser", db.passwords().superuser());
        share("database.owner", db.passwords().owner());
        share("database.app", db.passwords().app());
        share("keycloak.port", Integer.toString(kc.port()));
        share("keycloak.admin", kc.adminPassword());
        // A key of its own for every test run: tests never see a developer's real key.
        share("identity-key", IdentityKeyFile.newKey());
        share("audit-key", IdentityKeyFile.newKey());
        share("audit-checkpoints", freshCheckpointFile(workDir).toString());
        share("database.port", Integer.toString(db.port()));
        Properties run = new Properties();
        run.setProperty("jdbc-url", db.jdbcUrl());
        run.setProperty("owner-password", db.passwords().owner());
        run.setProperty("identity-key", shared("identity-key"));
        try (Writer out = Files.newBufferedWriter(workDir.resolve(RUN_FILE))) {
            run.store(out, "this test run's database and identity key (test data only)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's audit checkpoints, fresh like its database. */
    private static Path freshCheckpointFile(Path workDir) {
        Path file = workDir.resolve("audit-checkpoints");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void share(String key, String value) {
        System.setProperty(SHARED + key, value);
    }

    private static String shared(String key) {
        return System.getProperty(SHARED + key);
    }

    static EmbeddedKeycloak keycloak() {
        ensureShared();
        return keycloak;
    }

    /** The run's Keycloak, for tests outside this package that administer the realm. */
    public static EmbeddedKeycloak keycloakForTests() {
        return keycloak();
    }

    /** The run's PostgreSQL, for tests that must connect as a role other than the service's. */
    public static EmbeddedDatabase database() {
        ensureShared();
        return database;
    }

    /** Tests whose profile implements this reach the database through {@link #proxy()}. */
    public interface BehindProxy {
    }

    /** The proxy in front of the run's PostgreSQL (made by the first test that asks for it). */
    public static synchronized PausableProxy proxy() {
        if (proxy == null) {
            proxy = new PausableProxy(database().port());
        }
        return proxy;
    }

    @Override
    public void setContext(Context context) {
        testProfile = context.testProfile();
    }

    private boolean behindProxy() {
        try {
            return testProfile != null
                    && BehindProxy.class.isAssignableFrom(Class.forName(testProfile, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * A connection with the powers of whoever runs the database (its superuser), for tests that act
     * behind the service's back: the attacker of the audit's threat model.
     */
    public static java.sql.Connection ownerConnection() throws java.sql.SQLException {
        return database().connect("postgres", shared("database.superuser"));
    }

    @Override
    public Map<String, String> start() {
        ensureShared();
        Map<String, String> config = new HashMap<>(database.quarkusConfig());
        config.putAll(keycloak.quarkusConfig());
        config.put("insaf.identity.key", shared("identity-key"));
        if (behindProxy()) {
            proxy().up();
            config.put("quarkus.datasource.jdbc.url",
                    database.jdbcUrl().replace(":" + database.port() + "/", ":" + proxy().port() + "/"));
        }
        config.put("insaf.audit.key", shared("audit-key"));
        config.put("insaf.audit.checkpoint-file", shared("audit-checkpoints"));
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; the shutdown hook stops it once at the end.
    }
}
