package org.insaf.bootstrap.embedded;

import org.insaf.adapters.persistence.embedded.Leftovers;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default killed with -9 (no chance to stop its PostgreSQL and Keycloak) starts again
 * on the same data folder: the servers it left are found and stopped. Tokens its Keycloak issued
 * before are still accepted after the restart: same issuer (the port is kept), same signing key
 * (kept in the data folder).
 */
class KillAndRestartTest {

    private static final Duration START = Duration.ofMinutes(6);
    private static final Path DATA = Path.of("target", "kill-and-restart").toAbsolutePath();

    private final List<Process> started = new ArrayList<>();

    @Test
    void after_kill_9_the_next_start_on_the_same_data_succeeds_and_earlier_tokens_stay_valid() throws Exception {
        wipe(DATA);
        Process first = start();
        String[] firstReady = awaitReady(first);
        String realmUrl = firstReady[1];
        String token = token(realmUrl);
        long postmaster = Leftovers.pidIn(DATA.resolve("postgres/postmaster.pid")).orElseThrow();
        long keycloak = Leftovers.pidIn(DATA.resolve("keycloak.pid")).orElseThrow();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL outlived kill -9").contains(true);
        assertThat(ProcessHandle.of(keycloak).map(ProcessHandle::isAlive)).as("Keycloak outlived kill -9").contains(true);

        Process second = start();
        String[] secondReady = awaitReady(second);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(keycloak).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        assertThat(secondReady[1]).as("the issuer of the tokens").isEqualTo(realmUrl);
        assertThat(signedByCurrentKey(token, secondReady[1])).as("the earlier token verifies with the keys served now").isTrue();
        assertThat(JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getString("iss")).isEqualTo(realmUrl);
    }

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (Process process : started) {
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        // Whatever the first, killed, run left: its pid files name it.
        Leftovers.pidIn(DATA.resolve("postgres/postmaster.pid")).ifPresent(pid -> Leftovers.stop(pid, "postgres"));
        Leftovers.pidIn(DATA.resolve("keycloak.pid")).ifPresent(pid -> Leftovers.stop(pid, "keycloak"));
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("insaf.keycloak.home", "insaf.cache.dir")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(HoldEmbedded.class.getName(), DATA.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        started.add(process);
        return process;
    }

    /** The READY line's words: READY, the realm URL, the PostgreSQL port. */
    private static String[] awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String[]> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        return line.split(" ");
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("The embedded default exited before it was ready:\n" + seen);
        });
        String[] words = ready.get(START.toSeconds(), TimeUnit.SECONDS);
        // Keep draining its output so it never blocks on a full pipe.
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        return words;
    }

    private static String token(String realmUrl) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", EmbeddedKeycloak.CLIENT_ID)
                .formParam("client_secret", EmbeddedKeycloak.DEV_CLIENT_SECRET).formParam("username", "analyst")
                .formParam("password", "analyst-dev-password")
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** As the service checks a token: the signature against the realm's published keys, by key id. */
    private static boolean signedByCurrentKey(String token, String realmUrl) throws Exception {
        String[] parts = token.split("\\.");
        String kid = JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).getString("kid");
        List<Map<String, String>> keys = RestAssured.get(realmUrl + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().path("keys");
        for (Map<String, String> key : keys) {
            if (kid.equals(key.get("kid")) && "RSA".equals(key.get("kty"))) {
                PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n"))),
                        new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e")))));
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initVerify(publicKey);
                rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
            }
        }
        return false;
    }

    private static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
