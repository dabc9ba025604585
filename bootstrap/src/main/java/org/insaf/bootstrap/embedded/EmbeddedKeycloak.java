package org.insaf.bootstrap.embedded;

import org.insaf.adapters.persistence.embedded.FreePort;
import org.insaf.adapters.persistence.embedded.Leftovers;
import org.insaf.adapters.persistence.embedded.SecretFile;

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
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A local Keycloak (the distribution from Maven Central, unpacked once into a cache folder) with
 * the project's realm imported. Started in dev mode on a loopback port with the hostname pinned,
 * so the token issuer does not follow the Host header of a request. The port and the realm's
 * signing key are kept in the Insaf data folder, so tokens issued before a restart stay valid.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "insaf";
    public static final String CLIENT_ID = "insaf-api";
    /** The secret of the demo realm's API client: for local use only, a real realm sets its own. */
    public static final String DEV_CLIENT_SECRET = "insaf-api-dev-secret-not-for-production";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final String SIGNING_KEY_VARIABLE = "INSAF_REALM_SIGNING_KEY";

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
     * @param home     the unpacked keycloak-quarkus-dist (shared: nothing of one instance is kept in it)
     * @param stateDir the Insaf data folder: Keycloak's database, log, port, process id and the
     *                 realm's signing key live there, so tokens issued before a restart stay valid
     */
    public static EmbeddedKeycloak start(Path home, Path stateDir) {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": build once with ./mvnw package -DskipTests, which unpacks it there");
        }
        try {
            Files.createDirectories(stateDir);
            Path pidFile = stateDir.resolve("keycloak.pid");
            // A Keycloak an earlier run left behind (killed with -9) is stopped first.
            Leftovers.pidIn(pidFile).ifPresent(pid -> Leftovers.stop(pid, home.toString()));
            Path database = prepareDatabase(stateDir.resolve("keycloak-db"));
            prepareImport(home);
            String signingKey = SecretFile.loadOrCreate(stateDir.resolve("keycloak-realm-key"), EmbeddedKeycloak::newSigningKey);
            int port = keptPort(stateDir.resolve("keycloak.port"));
            Path log = stateDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    "bash", kc.toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--db=dev-file",
                    "--db-url=jdbc:h2:file:" + database.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                    "--import-realm"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            // A fresh admin password on every start: nothing to leak, nothing committed.
            String adminPassword = randomSecret();
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            env.put(SIGNING_KEY_VARIABLE, signingKey);
            if (!env.containsKey("JAVA_HOME")) {
                env.put("JAVA_HOME", System.getProperty("java.home"));
            }
            Process process = builder.start();
            Files.writeString(pidFile, process.pid() + "\n", StandardCharsets.US_ASCII);
            EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process, port, log, adminPassword);
            keycloak.awaitReady();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    /**
     * The realm's database is made anew at every start, so a changed realm file always applies
     * (an existing realm is never re-imported); the realm's keys come from the realm file and the
     * key file, so they stay the same.
     */
    private static Path prepareDatabase(Path database) throws IOException {
        if (Files.exists(database)) {
            try (Stream<Path> walk = Files.walk(database)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(database);
    }

    /**
     * The realm file with one more key provider: RS256 signing with the key of this data folder,
     * ahead of the keys Keycloak would generate. The key is read from the environment of the
     * Keycloak process, so the file is the same for every instance sharing the distribution.
     */
    private static void prepareImport(Path home) throws IOException {
        Path imports = Files.createDirectories(home.resolve("data/import"));
        String realm;
        try (InputStream in = EmbeddedKeycloak.class.getResourceAsStream("/keycloak/insaf-realm.json")) {
            if (in == null) {
                throw new IllegalStateException("The realm file keycloak/insaf-realm.json is not on the classpath");
            }
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String components = "\"components\": {";
        if (realm.indexOf(components) < 0 || realm.indexOf(components) != realm.lastIndexOf(components)) {
            throw new IllegalStateException("The realm file must have one \"components\" object for the signing key");
        }
        realm = realm.replace(components, components + """

                    "org.keycloak.keys.KeyProvider": [
                      {
                        "name": "insaf-kept-rsa",
                        "providerId": "rsa",
                        "subComponents": {},
                        "config": {
                          "priority": ["1000"],
                          "enabled": ["true"],
                          "active": ["true"],
                          "algorithm": ["RS256"],
                          "privateKey": ["${%s}"]
                        }
                      }
                    ],""".formatted(SIGNING_KEY_VARIABLE));
        Path file = imports.resolve("insaf-realm.json");
        // Written aside and moved in whole: another instance may be reading the same folder.
        Path partial = Files.createTempFile(imports, "insaf-realm", ".part");
        Files.writeString(partial, realm, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The port of the last start, if it is free: a token's issuer names the port. */
    private static int keptPort(Path portFile) throws IOException {
        OptionalInt kept = OptionalInt.empty();
        if (Files.isRegularFile(portFile)) {
            try {
                kept = OptionalInt.of(Integer.parseInt(Files.readString(portFile, StandardCharsets.US_ASCII).strip()));
            } catch (NumberFormatException unreadable) {
                kept = OptionalInt.empty();
            }
        }
        int port = kept.isPresent() && FreePort.isFree(kept.getAsInt()) ? kept.getAsInt() : FreePort.find();
        Files.writeString(portFile, port + "\n", StandardCharsets.US_ASCII);
        return port;
    }

    /** A 2048-bit RSA private key, PKCS#8, base64 (the form Keycloak's "rsa" key provider reads). */
    private static String newSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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

    /**
     * A handle on a Keycloak that runs already (started by another class loader of the same test
     * JVM): it gives its addresses, it does not stop the server.
     */
    public static EmbeddedKeycloak attach(int port, String adminPassword) {
        return new EmbeddedKeycloak(null, port, null, adminPassword);
    }

    /** SIGTERM first, then the children, then force what is left. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
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
