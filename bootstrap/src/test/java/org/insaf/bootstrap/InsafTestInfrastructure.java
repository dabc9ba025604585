package org.insaf.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.insaf.bootstrap.embedded.IdentityKeyFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One PostgreSQL (from an empty database) and one Keycloak for the whole test run, however many
 * test classes use them: they are started on first use and stopped when the test JVM exits.
 */
public class InsafTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedInfrastructure infrastructure;

    static synchronized EmbeddedInfrastructure shared() {
        if (infrastructure == null) {
            Path workDir = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath();
            // Tests always use their own servers, whatever the developer's environment points at.
            infrastructure = EmbeddedInfrastructure.start(workDir, false,
                    key -> key.startsWith("quarkus.") ? java.util.Optional.empty()
                            : EmbeddedInfrastructure.systemConfig(key));
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "insaf-test-infrastructure-stop"));
        }
        return infrastructure;
    }

    static EmbeddedKeycloak keycloak() {
        return shared().keycloak().orElseThrow();
    }

    /** The run's Keycloak, for tests outside this package that administer the realm. */
    public static EmbeddedKeycloak keycloakForTests() {
        return keycloak();
    }

    /** A key of its own for every test run: tests never see a developer's real key. */
    private static final String IDENTITY_KEY = IdentityKeyFile.newKey();
    private static final String AUDIT_KEY = IdentityKeyFile.newKey();

    /** The run's audit checkpoints, fresh like its database. */
    private static final Path AUDIT_CHECKPOINTS = freshCheckpointFile();

    private static Path freshCheckpointFile() {
        Path file = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath()
                .resolve("audit-checkpoints");
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** A connection with the database owner's powers (a superuser here), for tests that act behind the service's back. */
    public static java.sql.Connection ownerConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(shared().database().orElseThrow().jdbcUrl());
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(shared().quarkusConfig());
        config.put("insaf.identity.key", IDENTITY_KEY);
        config.put("insaf.audit.key", AUDIT_KEY);
        config.put("insaf.audit.checkpoint-file", AUDIT_CHECKPOINTS.toString());
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class of the run; the shutdown hook stops it once at the end.
    }
}
