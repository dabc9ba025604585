package org.insaf.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.testing.SharedTestDatabase;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;

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

    /** The run's servers, as every class loader of the test JVM finds them. */
    private static final SharedTestDatabase SHARED = new SharedTestDatabase("insaf.test.shared.");

    /**
     * Where plain tests find this run's database and identity key after the application's tests:
     * WholeRunLogHygieneTest reads back what the run stored.
     */
    public static final String RUN_FILE = "test-run.properties";

    private static EmbeddedDatabase database;
    private static EmbeddedKeycloak keycloak;
    private static PausableProxy proxy;
    private static PausableProxy keycloakProxy;

    private String testProfile;

    private static synchronized void ensureShared() {
        if (database != null) {
            return;
        }
        synchronized (System.getProperties()) {
            if (!SHARED.recorded()) {
                startForTheRun();
            }
        }
        database = SHARED.attach();
        keycloak = EmbeddedKeycloak.attach(Integer.parseInt(SHARED.get("keycloak.port")), SHARED.get("keycloak.admin"));
    }

    private static void startForTheRun() {
        Path workDir = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath();
        // Tests always use their own servers, whatever the developer's environment points at.
        EmbeddedInfrastructure started = EmbeddedInfrastructure.start(workDir, false,
                key -> key.startsWith("quarkus.") ? Optional.empty() : EmbeddedInfrastructure.systemConfig(key));
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "insaf-test-infrastructure-stop"));
        EmbeddedDatabase db = started.database().orElseThrow();
        EmbeddedKeycloak kc = started.keycloak().orElseThrow();
        SHARED.put("keycloak.port", Integer.toString(kc.port()));
        SHARED.put("keycloak.admin", kc.adminPassword());
        SHARED.record(db, workDir);
        Properties run = new Properties();
        run.setProperty("jdbc-url", db.jdbcUrl());
        run.setProperty("owner-password", db.passwords().owner());
        run.setProperty("identity-key", SHARED.get("identity-key"));
        try (Writer out = Files.newBufferedWriter(workDir.resolve(RUN_FILE))) {
            run.store(out, "this test run's database and identity key (test data only)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * Tests whose profile implements this reach Keycloak through {@link #keycloakProxy()}, which is
     * down when the application starts: an identity provider unreachable from the first moment.
     */
    public interface BehindKeycloakProxy {
    }

    /** The proxy in front of the run's Keycloak (made by the first test that asks for it). */
    public static synchronized PausableProxy keycloakProxy() {
        if (keycloakProxy == null) {
            keycloakProxy = new PausableProxy(keycloak().port());
        }
        return keycloakProxy;
    }

    @Override
    public void setContext(Context context) {
        testProfile = context.testProfile();
    }

    private boolean behindProxy() {
        return profileIs(BehindProxy.class);
    }

    private boolean profileIs(Class<?> kind) {
        try {
            return testProfile != null
                    && kind.isAssignableFrom(Class.forName(testProfile, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * A connection with the powers of whoever runs the database (its superuser), for tests that act
     * behind the service's back: the attacker of the audit's threat model.
     */
    public static java.sql.Connection ownerConnection() throws java.sql.SQLException {
        return database().connect("postgres", SHARED.get("database.superuser"));
    }

    @Override
    public Map<String, String> start() {
        ensureShared();
        Map<String, String> config = new HashMap<>(SHARED.quarkusConfig());
        config.putAll(keycloak.quarkusConfig());
        if (behindProxy()) {
            proxy().up();
            config.put("quarkus.datasource.jdbc.url",
                    database.jdbcUrl().replace(":" + database.port() + "/", ":" + proxy().port() + "/"));
        }
        if (profileIs(BehindKeycloakProxy.class)) {
            keycloakProxy().down();
            config.put("quarkus.oidc.auth-server-url",
                    keycloak.realmUrl().replace(":" + keycloak.port() + "/", ":" + keycloakProxy().port() + "/"));
        }
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; the shutdown hook stops it once at the end.
    }
}
