package org.insaf.bootstrap.embedded;

import org.insaf.adapters.persistence.embedded.DatabasePasswords;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The embedded default: a real PostgreSQL and a local Keycloak with the project's realm, started
 * on free loopback ports. A production deployment sets the datasource URL and the OIDC server URL
 * and then nothing here starts.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final EmbeddedKeycloak keycloak;

    private EmbeddedInfrastructure(EmbeddedDatabase database, EmbeddedKeycloak keycloak) {
        this.database = database;
        this.keycloak = keycloak;
    }

    /**
     * Starts what the configuration does not point elsewhere.
     *
     * @param workDir  where PostgreSQL keeps its data and Keycloak writes its log
     * @param keepData true for the run command (data survives a restart), false for tests
     * @param config   reads a configuration value (system property or environment variable)
     */
    public static EmbeddedInfrastructure start(Path workDir, boolean keepData, Function<String, Optional<String>> config) {
        return start(workDir, keepData, config, true);
    }

    /**
     * As {@link #start(Path, boolean, Function)}; {@code withKeycloak} false starts no Keycloak even
     * when none is configured (the data generator signs in no one).
     */
    public static EmbeddedInfrastructure start(Path workDir, boolean keepData, Function<String, Optional<String>> config,
                                               boolean withKeycloak) {
        Properties build = buildProperties();
        Path cacheDir = Path.of(config.apply("insaf.cache.dir").orElse(build.getProperty("cache.dir")));
        Path keycloakHome = Path.of(config.apply("insaf.keycloak.home").orElse(build.getProperty("keycloak.home")));

        // Kept data keeps its passwords beside it; a throw-away database gets throw-away ones.
        EmbeddedDatabase database = config.apply("quarkus.datasource.jdbc.url").isPresent() ? null
                : EmbeddedDatabase.start(workDir.resolve("postgres"), keepData, cacheDir.resolve("embedded-postgres"),
                        keepData ? DatabasePasswords.loadOrCreate(workDir.resolve("database-passwords"))
                                : DatabasePasswords.generate());
        EmbeddedKeycloak keycloak = null;
        try {
            keycloak = !withKeycloak || config.apply("quarkus.oidc.auth-server-url").isPresent() ? null
                    : EmbeddedKeycloak.start(keycloakHome, workDir);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
        return new EmbeddedInfrastructure(database, keycloak);
    }

    /** Reads a key as a system property, then as the environment variable Quarkus would map it to. */
    public static Optional<String> systemConfig(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        return Optional.ofNullable(env).filter(v -> !v.isBlank());
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedInfrastructure.class.getResourceAsStream("/insaf-embedded.properties")) {
            if (in == null) {
                throw new IllegalStateException("insaf-embedded.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The configuration Quarkus needs to use what was started here. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new HashMap<>();
        if (database != null) {
            config.putAll(database.quarkusConfig());
        }
        if (keycloak != null) {
            config.putAll(keycloak.quarkusConfig());
        }
        return config;
    }

    /** Whether a server was started here (rather than everything pointed at external ones). */
    public boolean embedsAnything() {
        return database != null || keycloak != null;
    }

    public Optional<EmbeddedKeycloak> keycloak() {
        return Optional.ofNullable(keycloak);
    }

    public Optional<EmbeddedDatabase> database() {
        return Optional.ofNullable(database);
    }

    @Override
    public void close() {
        try {
            if (keycloak != null) {
                keycloak.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }
}
