package org.insaf.bootstrap.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local Keycloak (the distribution from Maven Central, unpacked once into a cache folder) with
 * the project's realm imported. Started in dev mode on a free loopback port with the hostname
 * pinned, so the token issuer does not follow the Host header of a request.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "insaf";
    public static final String CLIENT_ID = "insaf-api";
    /** The secret of the demo realm's API client: for local use only, a real realm sets its own. */
    public static final String DEV_CLIENT_SECRET = "insaf-api-dev-secret-not-for-production";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final Process process;
    private final int port;
    private final Path log;
    private final String adminPassword;

    private EmbeddedKeycloak(Process process, int port, Path log, String adminPassword) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.adminPassword = adminPassword;
    }

    /**
     * @param home the unpacked keycloak-quarkus-dist
     * @param log  where the server's output goes
     */
    public static EmbeddedKeycloak start(Path home, Path log) {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": build once with ./mvnw package -DskipTests, which unpacks it there");
        }
        try {
            prepareData(home);
            Files.createDirectories(log.getParent());
            int port = FreePort.find();
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    "bash", kc.toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--import-realm"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            // A fresh admin password on every start: nothing to leak, nothing committed.
            String adminPassword = randomSecret();
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            if (!env.containsKey("JAVA_HOME")) {
                env.put("JAVA_HOME", System.getProperty("java.home"));
            }
            EmbeddedKeycloak keycloak = new EmbeddedKeycloak(builder.start(), port, log, adminPassword);
            keycloak.awaitReady();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    /** A changed realm is silently skipped when an old database holds it: start from empty data. */
    private static void prepareData(Path home) throws IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> walk = Files.walk(data)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        try (InputStream realm = EmbeddedKeycloak.class.getResourceAsStream("/keycloak/insaf-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("The realm file keycloak/insaf-realm.json is not on the classpath");
            }
            Files.copy(realm, imports.resolve("insaf-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log
                        + "\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    public int port() {
        return port;
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** The master realm's admin password of this start (kept in memory only), for tests that administer the realm. */
    public String adminPassword() {
        return adminPassword;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** The Quarkus configuration that makes the API trust this server's tokens. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl(),
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", DEV_CLIENT_SECRET);
    }

    /** SIGTERM first, then the children, then force what is left. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
