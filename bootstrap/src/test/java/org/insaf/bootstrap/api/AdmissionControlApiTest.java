package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.insaf.adapters.graphql.admission.AdmissionQueue;
import org.insaf.adapters.graphql.admission.AdmissionControl;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.PausableProxy;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission control end to end (AdmissionControl): executions are held by freezing the database
 * they read (a proxy in front of it passes nothing until thawed), so exactly the admitted ones are
 * in progress while the test sends more. Two run at once, two more may wait four seconds.
 */
@QuarkusTest
@TestProfile(AdmissionControlApiTest.TwoAtOnce.class)
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class AdmissionControlApiTest {

    public static class TwoAtOnce implements QuarkusTestProfile, InsafTestInfrastructure.BehindProxy {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "insaf.graphql.admission.max-running", "2",
                    "insaf.graphql.admission.max-waiting", "2",
                    "insaf.graphql.admission.max-wait", "4S",
                    "insaf.graphql.admission.retry-after", "3S",
                    "insaf.graphql.admission.refusal-delay", "40MS");
        }
    }

    private static final Duration MAX_WAIT = Duration.ofSeconds(4);
    /** Every request of these tests is answered within this, held ones included: nothing hangs. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(20);

    private static final Map<String, Object> PAGE = Map.of("query", "{ cases(first: 5) { edges { node { id } } } }");

    private final PausableProxy database = InsafTestInfrastructure.proxy();
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @Inject
    AdmissionControl admission;

    @Inject
    DataSource dataSource;

    /**
     * A frozen database accepts no new connection: each held execution must find one open in the
     * pool, or it would be answered UNAVAILABLE after the pool's acquisition timeout and free its slot.
     * Opened at once, one per slot, and given back to the pool.
     */
    @BeforeEach
    void openAConnectionForEverySlot() throws SQLException {
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < queue().maxRunning(); i++) {
                opened.add(dataSource.getConnection());
            }
        } finally {
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    @AfterEach
    void thawAndCheckEverySlotIsFree() {
        database.up();
        clients.shutdownNow();
        await("every slot and place given back", () -> queue().runningNow() == 0 && queue().waitingNow() == 0);
    }

    private AdmissionQueue queue() {
        return admission.queue();
    }

    private static Response post(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of("prosecutor")).contentType(ContentType.JSON).body(body)
                .when().post("/graphql");
    }

    private record Timed(Response response, Duration took) {
    }

    private CompletableFuture<Timed> send(Supplier<Response> request) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            Response response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        }, clients);
    }

    private static Timed answer(CompletableFuture<Timed> sent) throws Exception {
        return sent.get(ANSWERED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + ANSWERED_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Two page reads admitted and held on the frozen database. */
    private List<CompletableFuture<Timed>> holdBothSlots() {
        database.freeze();
        List<CompletableFuture<Timed>> held = List.of(send(() -> post(PAGE)), send(() -> post(PAGE)));
        await("both executions admitted", () -> queue().runningNow() == 2);
        return held;
    }

    private static void overloaded(Response response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("3");
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("OVERLOADED");
        assertThat(response.jsonPath().getString("errors[0].message")).contains("try again in 3 seconds");
        assertThat(response.jsonPath().getList("errors")).hasSize(1);
    }

    private static void answeredWhole(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getList("errors")).as(response.asString()).isNull();
    }

    @Test
    void with_every_slot_held_the_next_wait_their_turn_then_are_refused_with_503_and_the_held_ones_complete() throws Exception {
        List<CompletableFuture<Timed>> held = holdBothSlots();
        List<CompletableFuture<Timed>> waiting = List.of(send(() -> post(PAGE)), send(() -> post(PAGE)));
        await("two requests waiting", () -> queue().waitingNow() == 2);

        // The queue is full: refused after the refusal delay, long before the wait would end (the bound leaves room for a busy machine).
        long start = System.nanoTime();
        Response full = post(PAGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(40))
                .isLessThan(MAX_WAIT.dividedBy(2));
        overloaded(full);

        // Never throttled: health and the served schema.
        given().when().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(Tokens.of("prosecutor")).when().get("/graphql/schema.graphql").then().statusCode(200);
        // While the queue is full, refused before any token is checked: no token, or a forged one, gets the same 503.
        overloaded(given().contentType(ContentType.JSON).body(PAGE).when().post("/graphql"));
        overloaded(given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(PAGE).when().post("/graphql"));

        for (CompletableFuture<Timed> sent : waiting) {
            Timed refused = answer(sent);
            overloaded(refused.response());
            assertThat(refused.took()).as("refused when the wait is over, not before")
                    .isGreaterThanOrEqualTo(MAX_WAIT.minusMillis(200))
                    .isLessThan(MAX_WAIT.plusSeconds(4));
        }
        assertThat(held).allSatisfy(sent -> assertThat(sent).isNotDone());

        database.thaw();
        for (CompletableFuture<Timed> sent : held) {
            answeredWhole(answer(sent).response());
        }
        // With room again, a caller without a valid token is answered 401, not queued.
        given().contentType(ContentType.JSON).body(PAGE).when().post("/graphql").then().statusCode(401);
    }

    @Test
    void a_request_takes_its_place_before_its_token_is_checked_and_one_without_a_token_takes_none() throws Exception {
        List<CompletableFuture<Timed>> held = holdBothSlots();

        // No Authorization header: it takes no place, and is answered 401 at once though every slot is held.
        given().contentType(ContentType.JSON).body(PAGE).when().post("/graphql").then().statusCode(401);
        assertThat(queue().waitingNow()).isZero();

        // A forged token waits its turn like any request: it is checked only once it has a slot.
        CompletableFuture<Timed> forged = send(() -> given().auth().oauth2("not.a.token").contentType(ContentType.JSON)
                .body(PAGE).when().post("/graphql"));
        await("the forged one waiting", () -> queue().waitingNow() == 1);
        assertThat(forged).isNotDone();

        database.thaw();
        assertThat(answer(forged).response().statusCode()).isEqualTo(401);
        for (CompletableFuture<Timed> sent : held) {
            answeredWhole(answer(sent).response());
        }
        // Its slot is given back with the 401 (checked after each test): two run at once again.
        List<CompletableFuture<Timed>> again = holdBothSlots();
        database.thaw();
        for (CompletableFuture<Timed> sent : again) {
            answeredWhole(answer(sent).response());
        }
    }

    @Test
    void a_waiting_mutation_is_admitted_when_a_slot_frees_and_runs_with_its_body_whole() throws Exception {
        List<CompletableFuture<Timed>> held = holdBothSlots();
        String firNumber = "ADMIT-" + UUID.randomUUID();
        Map<String, Object> register = Map.of(
                "query", "mutation($input: RegisterCaseInput!) { registerCase(input: $input) { case { firNumber office } } }",
                "variables", Map.of("input", Map.of("firNumber", firNumber, "office", "FIA-AHTC-LAHORE",
                        "registeredOn", "2024-01-10", "sections", List.of("PTPA-3"))));
        CompletableFuture<Timed> mutation = send(() -> given().auth().oauth2(Tokens.of("investigator"))
                .contentType(ContentType.JSON).body(register).when().post("/graphql"));
        await("the mutation waiting", () -> queue().waitingNow() == 1);
        Thread.sleep(500);
        assertThat(mutation).isNotDone();

        database.thaw();
        Response registered = answer(mutation).response();
        answeredWhole(registered);
        assertThat(registered.jsonPath().getString("data.registerCase.case.firNumber")).isEqualTo(firNumber);
        assertThat(registered.jsonPath().getString("data.registerCase.case.office")).isEqualTo("FIA-AHTC-LAHORE");
        for (CompletableFuture<Timed> sent : held) {
            answeredWhole(answer(sent).response());
        }
    }

    /** A request written by hand on a socket the test can close while the request waits or runs. */
    private static Socket rawRequest() throws Exception {
        byte[] body = "{\"query\":\"{ cases(first: 5) { edges { node { id } } } }\"}".getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + Tokens.of("prosecutor") + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    @Test
    void a_client_that_leaves_while_waiting_leaves_the_queue_and_one_that_leaves_while_running_frees_its_slot() throws Exception {
        database.freeze();
        Socket runningOne = rawRequest();
        CompletableFuture<Timed> held = send(() -> post(PAGE));
        await("both executions admitted", () -> queue().runningNow() == 2);

        Socket waitingOne = rawRequest();
        await("one request waiting", () -> queue().waitingNow() == 1);
        long left = System.nanoTime();
        waitingOne.close();
        await("the gone client out of the queue", () -> queue().waitingNow() == 0);
        assertThat(Duration.ofNanos(System.nanoTime() - left)).as("before its wait would have ended")
                .isLessThan(MAX_WAIT.minusSeconds(1));

        runningOne.close();
        database.thaw();
        answeredWhole(answer(held).response());
        // The slot of the gone client is back: two run at once again, not one.
        List<CompletableFuture<Timed>> again = holdBothSlots();
        database.thaw();
        for (CompletableFuture<Timed> sent : again) {
            answeredWhole(answer(sent).response());
        }
    }

    @Test
    void many_clients_at_once_each_get_their_answer_or_503() throws Exception {
        int clientsAtOnce = 15 * queue().maxRunning();
        List<CompletableFuture<Timed>> sent = new ArrayList<>();
        for (int i = 0; i < clientsAtOnce; i++) {
            sent.add(send(() -> post(PAGE)));
        }
        int answered = 0;
        for (CompletableFuture<Timed> one : sent) {
            Response response = answer(one).response();
            assertThat(response.statusCode()).isIn(200, 503);
            if (response.statusCode() == 200) {
                answeredWhole(response);
                answered++;
            } else {
                overloaded(response);
            }
        }
        assertThat(answered).isPositive();
    }
}
