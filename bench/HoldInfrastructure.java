import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.insaf.adapters.persistence.embedded.DatabasePasswords;
import org.insaf.adapters.persistence.embedded.EmbeddedDatabase;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts, for the benchmark, what the service needs before it starts: the data folder's
 * PostgreSQL (as the embedded default runs it, plus pg_stat_statements for counting statements)
 * and a local Keycloak with the project's realm. Writes their addresses to a shell file and holds
 * them until it is stopped (SIGTERM), so that the service can be started and stopped against a
 * database that is already up.
 *
 * Run with the packaged service on the class path (see run.sh):
 * java -cp 'quarkus-app/lib/main/*:quarkus-app/app/*' HoldInfrastructure.java DATA_DIR ENV_FILE KEYCLOAK_HOME PG_BINARIES
 */
public class HoldInfrastructure {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path envFile = Path.of(args[1]);
        Path keycloakHome = Path.of(args[2]);
        Path binaries = Path.of(args[3]);

        long t0 = System.nanoTime();
        // The same server settings as the run command's embedded default (EmbeddedDatabase, keepData):
        // durable commits. pg_stat_statements is only loaded here; nothing is written to the data folder.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "10000")
                // The service's data folder takes SCRAM logins only (EmbeddedDatabase): the superuser's password.
                .setConnectConfig("password", DatabasePasswords.loadOrCreate(dataDir.resolve("database-passwords")).superuser())
                .setPort(freePort())
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
        long pgMillis = (System.nanoTime() - t0) / 1_000_000;
        // What EmbeddedDatabase.secure() gives the owner role at every start of the run command: CREATE on the
        // database, which the migrations need to install trusted contrib extensions (pg_trgm, V17).
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("GRANT CREATE ON DATABASE postgres TO " + EmbeddedDatabase.OWNER_ROLE);
        }

        long t1 = System.nanoTime();
        EmbeddedKeycloak keycloak;
        try {
            keycloak = EmbeddedKeycloak.start(keycloakHome, dataDir);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        long kcMillis = (System.nanoTime() - t1) / 1_000_000;

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                keycloak.close();
            } finally {
                try {
                    postgres.close();
                } catch (Exception e) {
                    System.err.println("PostgreSQL did not stop cleanly: " + e);
                }
            }
        }, "bench-infrastructure-stop"));

        String env = """
                PG_PORT=%d
                JDBC_URL=jdbc:postgresql://127.0.0.1:%d/postgres
                OIDC_URL=%s
                TOKEN_URL=%s
                PG_START_MS=%d
                KC_START_MS=%d
                """.formatted(postgres.getPort(), postgres.getPort(), keycloak.realmUrl(), keycloak.tokenUrl(),
                pgMillis, kcMillis);
        Path tmp = envFile.resolveSibling(envFile.getFileName() + ".tmp");
        Files.writeString(tmp, env);
        Files.move(tmp, envFile);
        System.out.println("infrastructure up: PostgreSQL " + pgMillis + " ms, Keycloak " + kcMillis + " ms");
        Thread.currentThread().join();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
