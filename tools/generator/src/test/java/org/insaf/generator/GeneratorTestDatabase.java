package org.insaf.generator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.insaf.adapters.persistence.embedded.IdentityKeyFile;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One PostgreSQL for the generator's tests, from an empty database, started as the service starts
 * its embedded one (same binaries, roles and migrations) and stopped when the test JVM exits. The
 * generator signs in no one: no Keycloak starts, and OIDC is off.
 */
public class GeneratorTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static Map<String, String> config;

    /** The server and this run's keys, made on first use; the same for every start of the application. */
    private static synchronized Map<String, String> shared() {
        if (config == null) {
            Path workDir = Path.of(System.getProperty("insaf.embedded.work-dir", "target/embedded")).toAbsolutePath();
            // Tests always use their own server, whatever the developer's environment points at.
            EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(workDir, false,
                    key -> key.startsWith("quarkus.") ? Optional.empty() : EmbeddedInfrastructure.systemConfig(key), false);
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "insaf-generator-test-database-stop"));
            Map<String, String> started = new HashMap<>(infrastructure.quarkusConfig());
            // Keys of its own for every test run: tests never see a developer's real keys.
            started.put("insaf.identity.key", IdentityKeyFile.newKey());
            started.put("insaf.audit.key", IdentityKeyFile.newKey());
            started.put("insaf.audit.checkpoint-file", freshFolder(workDir).resolve("audit-checkpoints").toString());
            started.put("quarkus.oidc.tenant-enabled", "false");
            config = Map.copyOf(started);
        }
        return config;
    }

    @Override
    public Map<String, String> start() {
        return shared();
    }

    /** The run's audit checkpoints start empty, like its database. */
    private static Path freshFolder(Path workDir) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The shutdown hook stops the server once, when the test JVM exits.
    }
}
