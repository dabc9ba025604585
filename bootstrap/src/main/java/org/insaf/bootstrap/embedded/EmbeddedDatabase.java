package org.insaf.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server started from the embedded binaries on Maven Central (no Docker).
 * For the run command the data directory is kept between restarts; tests pass a fresh one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where PostgreSQL keeps its data
     * @param keepData      false wipes the data directory first (tests start from an empty database)
     * @param binariesDir   where the binaries are extracted once (a cache, outside target/)
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData, Path binariesDir) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(binariesDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (keepData) {
                // The embedded binaries start without fsync and with asynchronous commit, which is
                // fine for a throw-away test database but could lose a recorded verdict on a crash.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder
                    .setPort(FreePort.find())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Whoever started it stops it, after the application's last work (the shutdown
                    // audit checkpoint); a hook of its own would stop it at the same time.
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The Quarkus configuration that points the datasource at this server. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
