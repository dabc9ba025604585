package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.insaf.adapters.graphql.admission.AdmissionControl;
import org.insaf.adapters.graphql.admission.AdmissionQueue;
import org.insaf.adapters.graphql.engine.GraphQLSocket;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL WebSocket as a browser uses it (the token in connection_init, since it cannot set a
 * header on the upgrade) and under the limits of HTTP: the JDK's WebSocket, real Keycloak tokens.
 * A socket that never shows a valid token is closed with one code (4403) whatever it sent, and
 * nothing else reaches it; operations over any socket pass admission control.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class GraphQLSocketApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ME = "{ me { id } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    AdmissionControl admission;

    @Inject
    GraphQLSocket sockets;

    private final List<GraphQLWebSocket> opened = new ArrayList<>();
    private final List<AdmissionQueue.Ticket> held = new ArrayList<>();
    private final List<String> probes = new ArrayList<>();

    @AfterEach
    void release() {
        for (String clientId : probes) {
            String admin = Tokens.keycloakAdmin();
            String id = given().auth().oauth2(admin).queryParam("clientId", clientId).get(clients())
                    .then().statusCode(200).extract().path("[0].id");
            given().auth().oauth2(admin).delete(clients() + "/" + id).then().statusCode(204);
        }
        probes.clear();
        held.forEach(AdmissionQueue.Ticket::leave);
        held.clear();
        opened.forEach(GraphQLWebSocket::close);
        opened.clear();
    }

    private GraphQLWebSocket connect(Optional<String> headerToken) {
        GraphQLWebSocket socket = GraphQLWebSocket.connect(URI.create(graphql.toString().replaceFirst("^http", "ws")), headerToken);
        opened.add(socket);
        return socket;
    }

    /** A socket authenticated the browser's way: no header, the token in connection_init. */
    private GraphQLWebSocket browser(String user) {
        // The token first: the socket must initialise within the server's timeout.
        String token = Tokens.of(user);
        GraphQLWebSocket socket = connect(Optional.empty());
        socket.initWithToken(token);
        JsonPath ack = socket.next(WAIT).orElseThrow(() -> new AssertionError("no connection_ack"));
        assertThat(ack.getString("type")).as(ack.prettify()).isEqualTo("connection_ack");
        return socket;
    }

    private static void query(GraphQLWebSocket socket, String id, String query) {
        socket.subscribe(id, query, Map.of());
    }

    /** What a socket refused at connection_init shows: a close with that code, and no message before it. */
    private void refusedAtInit(GraphQLWebSocket socket, String init) {
        socket.send(init);
        assertThat(socket.closedWithin(WAIT)).as(init).isEqualTo(4403);
        assertThat(socket.next(Duration.ofMillis(200))).as("nothing is told to " + init).isEmpty();
    }

    @Test
    void a_token_in_connection_init_authenticates_the_socket_as_the_header_does() {
        GraphQLWebSocket socket = browser("prosecutor");
        query(socket, "1", ME);
        JsonPath answer = socket.next(WAIT).orElseThrow();
        assertThat(answer.getString("type")).as(answer.prettify()).isEqualTo("next");
        assertThat(answer.getString("payload.data.me.id")).isEqualTo(AuthorizationMatrixApiTest.idOf("prosecutor"));
        assertThat(socket.next(WAIT).orElseThrow().getString("type")).isEqualTo("complete");
        // Subscriptions run on it too, under the caller's rules: an analyst's is refused as over the header.
        socket.subscribe("2", "subscription { caseUpdated { caseId } }", Map.of());
        assertThat(socket.next(Duration.ofSeconds(1))).as("a live subscription answers nothing until a change").isEmpty();
        GraphQLWebSocket analyst = browser("analyst");
        analyst.subscribe("3", "subscription { caseUpdated { caseId } }", Map.of());
        JsonPath refused = analyst.next(WAIT).orElseThrow();
        assertThat(refused.getString("type")).as(refused.prettify()).isEqualTo("next");
        assertThat(refused.getString("payload.errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void the_header_still_authenticates_and_a_token_in_both_places_is_refused() {
        GraphQLWebSocket socket = GraphQLWebSocket.open(URI.create(graphql.toString().replaceFirst("^http", "ws")),
                Optional.of(Tokens.of("judge")));
        opened.add(socket);
        query(socket, "1", ME);
        assertThat(socket.next(WAIT).orElseThrow().getString("payload.data.me.id")).isEqualTo(AuthorizationMatrixApiTest.idOf("judge"));
        assertThat(socket.next(WAIT).orElseThrow().getString("type")).isEqualTo("complete");
        String judge = Tokens.of("judge");
        GraphQLWebSocket both = connect(Optional.of(judge));
        both.initWithToken(judge);
        assertThat(both.closedWithin(WAIT)).isEqualTo(4400);
    }

    @Test
    void a_socket_without_a_valid_token_is_closed_alike_and_told_nothing() throws Exception {
        String realm = InsafTestInfrastructure.keycloakForTests().realmUrl();
        String judge = Tokens.of("judge");
        String otherRealm = Tokens.keycloakAdmin();
        String forged = forged(realm);
        String otherAudience = probeToken(300, false);
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\"}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":null}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":42}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"" + judge + "\"}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer not.a.token\"}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer \"}}");
        refusedAtInit(connect(Optional.empty()), "{\"type\":\"connection_init\",\"payload\":{\"authorization\":\"Bearer " + judge + "\"}}");
        // Keycloak's own realm: the right signer, the wrong issuer and audience.
        refusedAtInit(connect(Optional.empty()), bearerInit(otherRealm));
        // A well-formed token of the right issuer signed by a key that is not the realm's.
        refusedAtInit(connect(Optional.empty()), bearerInit(forged));
        // The realm's own token for a client that is not the API's audience.
        refusedAtInit(connect(Optional.empty()), bearerInit(otherAudience));
    }

    @Test
    void an_expired_token_is_refused_and_a_socket_is_closed_when_its_token_expires() throws Exception {
        String shortLived = probeToken(20, true);
        GraphQLWebSocket socket = connect(Optional.empty());
        socket.initWithToken(shortLived);
        assertThat(socket.next(WAIT).orElseThrow(() -> new AssertionError("no connection_ack; closed with "
                + socket.closedWith() + " " + socket.closeReason())).getString("type")).isEqualTo("connection_ack");
        // Closed by the server when the token expires (1008, policy violation), as a header-authenticated socket is.
        assertThat(socket.closedWithin(Duration.ofSeconds(40))).isEqualTo(1008);
        refusedAtInit(connect(Optional.empty()), bearerInit(shortLived));
    }

    @Test
    void an_unauthenticated_socket_that_sends_operations_or_nothing_is_closed_without_an_answer() {
        GraphQLWebSocket early = connect(Optional.empty());
        early.send("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ me { id } }\"}}");
        assertThat(early.closedWithin(WAIT)).isEqualTo(4401);
        assertThat(early.next(Duration.ofMillis(200))).isEmpty();
        GraphQLWebSocket silent = connect(Optional.empty());
        assertThat(silent.closedWithin(Duration.ofSeconds(15))).as("graphql-transport-ws' initialisation timeout").isEqualTo(4408);
        assertThat(silent.next(Duration.ofMillis(200))).isEmpty();
        GraphQLWebSocket odd = connect(Optional.empty());
        odd.send("{\"type\":\"hello\"}");
        assertThat(odd.closedWithin(WAIT)).isEqualTo(4400);
    }

    @Test
    void http_without_a_token_is_still_401() {
        given().contentType(ContentType.JSON).body(Map.of("query", ME)).post("/graphql").then().statusCode(401);
        given().queryParam("query", ME).get("/graphql").then().statusCode(401);
        given().get("/statistics/2017").then().statusCode(401);
        // An upgrade with a bad header token is refused before any socket exists.
        given().header("Authorization", "Bearer not.a.token").header("Upgrade", "websocket").header("Connection", "Upgrade")
                .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .header("Sec-WebSocket-Protocol", "graphql-transport-ws").get("/graphql").then().statusCode(401);
    }

    /** A stopping instance tells its subscribers to connect again elsewhere; it does not just drop them. */
    @Test
    void open_sockets_are_closed_going_away_when_the_instance_stops() {
        GraphQLWebSocket first = browser("investigator");
        GraphQLWebSocket second = browser("prosecutor");
        assertThat(sockets.closeEveryOpenSocket()).isGreaterThanOrEqualTo(2);
        assertThat(first.closedWithin(WAIT)).isEqualTo(1001);
        assertThat(second.closedWithin(WAIT)).isEqualTo(1001);
        assertThat(sockets.closeEveryOpenSocket()).as("closed sockets are no longer open").isZero();
    }

    @Test
    void a_socket_operation_waits_for_its_turn_and_gives_its_slot_back_once_answered() {
        GraphQLWebSocket socket = browser("investigator");
        AdmissionQueue queue = admission.queue();
        for (int i = 0; i < queue.maxRunning(); i++) {
            held.add(queue.arrive(admitted -> { }));
        }
        assertThat(queue.runningNow()).isEqualTo(queue.maxRunning());
        query(socket, "1", ME);
        assertThat(socket.next(Duration.ofMillis(500))).as("no slot: it waits").isEmpty();
        assertThat(queue.waitingNow()).isEqualTo(1);
        held.remove(0).leave();
        JsonPath answer = socket.next(WAIT).orElseThrow();
        assertThat(answer.getString("type")).as(answer.prettify()).isEqualTo("next");
        assertThat(socket.next(WAIT).orElseThrow().getString("type")).isEqualTo("complete");
        awaitRunning(queue, queue.maxRunning() - 1);
    }

    @Test
    void a_socket_operation_is_refused_overloaded_when_the_queue_is_full() {
        GraphQLWebSocket socket = browser("investigator");
        AdmissionQueue queue = admission.queue();
        for (int i = 0; i < queue.maxRunning() + queue.maxWaiting(); i++) {
            held.add(queue.arrive(admitted -> { }));
        }
        query(socket, "full", ME);
        JsonPath full = socket.next(WAIT).orElseThrow();
        assertThat(full.getString("type")).as(full.prettify()).isEqualTo("error");
        assertThat(full.getString("id")).isEqualTo("full");
        assertThat(full.getString("payload[0].extensions.code")).isEqualTo("OVERLOADED");
        socket.subscribe("sub", "subscription { caseUpdated { caseId } }", Map.of());
        assertThat(socket.next(WAIT).orElseThrow().getString("payload[0].extensions.code")).isEqualTo("OVERLOADED");
        // A place freed in the queue: the next one waits there instead of being refused.
        held.remove(held.size() - 1).leave();
        query(socket, "waits", ME);
        assertThat(socket.next(Duration.ofMillis(500))).isEmpty();
        assertThat(queue.waitingNow()).isEqualTo(queue.maxWaiting());
    }

    @Test
    void a_subscription_takes_a_slot_to_start_and_gives_it_back_once_set_up() {
        GraphQLWebSocket socket = browser("prosecutor");
        AdmissionQueue queue = admission.queue();
        int before = queue.runningNow();
        socket.subscribe("live", "subscription { caseUpdated { caseId } }", Map.of());
        assertThat(socket.next(Duration.ofSeconds(1))).isEmpty();
        awaitRunning(queue, before);
    }

    @Test
    void the_cost_limit_holds_over_the_socket() {
        GraphQLWebSocket socket = browser("admin");
        query(socket, "dear", QueryLimitsApiTest.fragmentBomb().replace("\n", " "));
        JsonPath refused = socket.next(WAIT).orElseThrow();
        assertThat(refused.getString("type")).as(refused.prettify()).isEqualTo("error");
        assertThat(refused.getString("payload[0].extensions.code")).isEqualTo("BAD_INPUT");
        assertThat(refused.getString("payload[0].extensions.rule")).isEqualTo("QUERY_COST");
    }

    private static void awaitRunning(AdmissionQueue queue, int expected) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (queue.runningNow() != expected && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        assertThat(queue.runningNow()).isEqualTo(expected);
    }

    private static String bearerInit(String token) {
        return "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}";
    }

    /**
     * A token of the realm from a client made for this test, living {@code seconds}, with or without
     * the API as audience. The client lives until the test ends: the service rechecks a token's
     * session, and a token of a deleted client would be refused for that instead.
     */
    private String probeToken(int seconds, boolean audience) {
        EmbeddedKeycloak keycloak = InsafTestInfrastructure.keycloakForTests();
        String clientId = "socket-probe-" + UUID.randomUUID();
        Map<String, Object> client = new java.util.HashMap<>(Map.of("clientId", clientId, "secret", "probe-secret",
                "publicClient", false, "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", Integer.toString(seconds))));
        if (audience) {
            client.put("protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config", Map.of("included.client.audience", EmbeddedKeycloak.CLIENT_ID, "access.token.claim", "true"))));
        }
        given().auth().oauth2(Tokens.keycloakAdmin()).contentType(ContentType.JSON).body(client).post(clients()).then().statusCode(201);
        probes.add(clientId);
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("client_secret", "probe-secret").formParam("username", "analyst")
                .formParam("password", "analyst-dev-password")
                .post(keycloak.tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    private static String clients() {
        return InsafTestInfrastructure.keycloakForTests().baseUrl() + "/admin/realms/" + EmbeddedKeycloak.REALM + "/clients";
    }

    /** A token of the realm's issuer and audience, signed by a key the realm never had. */
    private static String forged(String issuer) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var impostor = generator.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String unsigned = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"impostor\"}") + "." + base64("{\"iss\":\"" + issuer
                + "\",\"aud\":\"insaf-api\",\"sub\":\"" + UUID.randomUUID() + "\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                + ",\"realm_access\":{\"roles\":[\"admin\"]}}");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(impostor.getPrivate());
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
