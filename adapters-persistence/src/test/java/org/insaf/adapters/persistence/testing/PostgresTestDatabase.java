package org.insaf.adapters.persistence.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.insaf.adapters.persistence.embedded.DatabasePasswords;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Map;

/**
 * One real PostgreSQL for the whole test run of this module, started as the run command starts it
 * ({@link EmbeddedDatabase}: the same binaries, password logins only, the roles
 * {@value EmbeddedDatabase#OWNER_ROLE} and {@value EmbeddedDatabase#APP_ROLE}) from an empty
 * database, and stopped when the test JVM exits. Flyway migrates it as the owner; the adapters'
 * pool connects as the service's role, so every test has the rights the service has.
 *
 * <p>A test class uses it with
 * <pre>
 * &#64;QuarkusTest
 * &#64;QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
 * class SomethingPersistenceTest {
 *     &#64;Inject CaseRepository repository;                          // the adapter, on the real database
 *     ... PostgresTestDatabase.database().connectAsOwner() ...   // to reach past the service's rights
 * }
 * </pre>
 * and writes in a transaction of its own ({@code QuarkusTransaction.requiringNew()}). Every test
 * class of the run shares the database, so a test works on ids or years of its own.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final SharedTestDatabase SHARED = new SharedTestDatabase("insaf.test.persistence.");

    private static EmbeddedDatabase database;

    private static synchronized void ensureStarted() {
        if (database != null) {
            return;
        }
        synchronized (System.getProperties()) {
            if (!SHARED.recorded()) {
                Path workDir = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath();
                Path cacheDir = Path.of(System.getProperty("insaf.cache.dir",
                        Path.of(System.getProperty("user.home"), ".cache", "insaf").toString()));
                EmbeddedDatabase started = EmbeddedDatabase.start(workDir.resolve("postgres"), false,
                        cacheDir.resolve("embedded-postgres"), DatabasePasswords.generate());
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "insaf-test-database-stop"));
                SHARED.record(started, workDir);
            }
        }
        database = SHARED.attach();
    }

    /** The run's PostgreSQL, for tests that connect as a role other than the service's. */
    public static EmbeddedDatabase database() {
        ensureStarted();
        return database;
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        return SHARED.quarkusConfig();
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; the shutdown hook stops it once at the end.
    }
}
