package org.insaf.bootstrap.security;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session recheck against a stand-in for Keycloak's introspection endpoint that the test can hold:
 * an answer is kept for two thirds of the interval, then asked again in the background while the kept
 * one is still used, and never used once older than the interval.
 */
class LiveSessionCheckTest {

    private static final Duration RECHECK = Duration.ofSeconds(2);

    private HttpServer keycloak;
    private final ExecutorService answering = Executors.newCachedThreadPool();
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicBoolean active = new AtomicBoolean(true);
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>(new CountDownLatch(0));
    private LiveSessionCheck check;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.setExecutor(answering);
        keycloak.createContext("/introspect", exchange -> {
            asked.incrementAndGet();
            try {
                hold.get().await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("{\"active\":" + active.get() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        check = new LiveSessionCheck(Optional.empty(),
                Optional.of("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/introspect"),
                Optional.of("insaf-api"), Optional.of("secret"), RECHECK);
    }

    @AfterEach
    void stop() {
        hold.get().countDown();
        keycloak.stop(0);
        answering.shutdownNow();
    }

    private static SecurityIdentity bearer(String token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone"))
                .addCredential(new AccessTokenCredential(token)).build();
    }

    private CompletableFuture<SecurityIdentity> augment(String token) {
        return check.augment(bearer(token), null).subscribeAsCompletionStage();
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Test
    void a_token_in_steady_use_is_rechecked_in_the_background_and_its_request_does_not_wait() throws Exception {
        assertThat(augment("token-1").get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(augment("token-1").get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(asked).as("one question within the first two thirds of the interval").hasValue(1);

        sleep(RECHECK.multipliedBy(2).dividedBy(3).plusMillis(200));
        CountDownLatch held = new CountDownLatch(1);
        hold.set(held);
        active.set(false);
        // Keycloak is held: the request is answered from the kept answer all the same, and Keycloak asked again.
        assertThat(augment("token-1").get(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(augment("token-1").get(5, TimeUnit.SECONDS)).isNotNull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (asked.get() < 2 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(20));
        }
        assertThat(asked).as("asked again once, in the background").hasValue(2);

        // Keycloak now says the session ended: from its answer on, the token is refused.
        held.countDown();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Throwable refused = null;
        while (refused == null && System.nanoTime() < deadline) {
            try {
                augment("token-1").get(5, TimeUnit.SECONDS);
                sleep(Duration.ofMillis(20));
            } catch (ExecutionException e) {
                refused = e.getCause();
            }
        }
        assertThat(refused).isInstanceOf(AuthenticationFailedException.class);
        assertThat(asked).hasValue(2);
    }

    @Test
    void an_answer_older_than_the_interval_is_never_used_the_request_waits_for_keycloak() throws Exception {
        assertThat(augment("token-2").get(5, TimeUnit.SECONDS)).isNotNull();
        sleep(RECHECK.plusMillis(300));

        CountDownLatch held = new CountDownLatch(1);
        hold.set(held);
        active.set(false);
        CompletableFuture<SecurityIdentity> waiting = augment("token-2");
        sleep(Duration.ofMillis(300));
        assertThat(waiting).as("no kept answer past the interval: the request waits for Keycloak").isNotDone();

        held.countDown();
        assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(AuthenticationFailedException.class);
        assertThat(asked).hasValue(2);
    }

    @Test
    void a_failed_background_question_leaves_the_kept_answer_until_it_expires_then_the_request_is_refused() throws Exception {
        assertThat(augment("token-3").get(5, TimeUnit.SECONDS)).isNotNull();
        sleep(RECHECK.multipliedBy(2).dividedBy(3).plusMillis(200));
        keycloak.stop(0);

        assertThat(augment("token-3").get(5, TimeUnit.SECONDS)).as("the kept answer, while it is young enough")
                .isNotNull();
        sleep(RECHECK);
        assertThatThrownBy(() -> augment("token-3").get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AuthenticationFailedException.class);
    }
}
