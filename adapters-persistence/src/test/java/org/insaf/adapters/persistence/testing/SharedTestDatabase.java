package org.insaf.adapters.persistence.testing;

import org.insaf.adapters.persistence.embedded.DatabasePasswords;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.adapters.persistence.embedded.IdentityKeyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A test run's PostgreSQL as every class loader of the test JVM sees it. Quarkus loads the tests of
 * each test profile in a class loader of its own, with statics of its own; so what the server is
 * (port, passwords) and the keys the adapters need are kept in system properties of the JVM, under
 * a prefix, and a class loader that finds them there attaches to the running server instead of
 * starting (and wiping) another. Used by this module's {@link PostgresTestDatabase} and by
 * bootstrap's test infrastructure.
 */
public final class SharedTestDatabase {

    private final String prefix;

    /** @param prefix of the system properties, one per harness: the run's servers never mix */
    public SharedTestDatabase(String prefix) {
        this.prefix = prefix;
    }

    /** Whether a class loader of this JVM has started the run's server and recorded it. */
    public boolean recorded() {
        return get("database.port") != null;
    }

    /**
     * Records the run's server, with keys of this run only (tests never see a developer's real
     * keys) and an empty audit checkpoint file in {@code workDir}, fresh like the database.
     */
    public void record(EmbeddedDatabase started, Path workDir) {
        put("database.superuser", started.passwords().superuser());
        put("database.owner", started.passwords().owner());
        put("database.app", started.passwords().app());
        put("identity-key", IdentityKeyFile.newKey());
        put("audit-key", IdentityKeyFile.newKey());
        Path checkpoints = workDir.resolve("audit-checkpoints");
        try {
            Files.deleteIfExists(checkpoints);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put("audit-checkpoints", checkpoints.toString());
        // Last: its presence tells the other class loaders that everything above is there.
        put("database.port", Integer.toString(started.port()));
    }

    /** A handle on the recorded server; it connects, it does not stop the server. */
    public EmbeddedDatabase attach() {
        return EmbeddedDatabase.attach(Integer.parseInt(get("database.port")),
                new DatabasePasswords(get("database.superuser"), get("database.owner"), get("database.app")));
    }

    /** What Quarkus needs to run the persistence adapter on the recorded server: roles, keys, checkpoints. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new HashMap<>(attach().quarkusConfig());
        config.put("insaf.identity.key", get("identity-key"));
        config.put("insaf.audit.key", get("audit-key"));
        config.put("insaf.audit.checkpoint-file", get("audit-checkpoints"));
        return config;
    }

    public void put(String key, String value) {
        System.setProperty(prefix + key, value);
    }

    public String get(String key) {
        return System.getProperty(prefix + key);
    }
}
