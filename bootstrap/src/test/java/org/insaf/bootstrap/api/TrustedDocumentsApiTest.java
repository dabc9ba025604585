package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.insaf.adapters.graphql.engine.TrustedDocuments;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trusted documents as production runs them (insaf.graphql.trusted-documents=true, the %prod
 * default): a registered operation runs by its hash (GraphQL over HTTP's documentId, or Apollo's
 * persistedQuery) or by its exact text; any other text, an unknown hash, or a hash sent with
 * another text is refused with a code that says so, and nothing runs.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsApiTest.AsInProduction.class)
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class TrustedDocumentsApiTest {

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("insaf.graphql.trusted-documents", "true");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/graphql")
    URI graphql;

    private final List<GraphQLWebSocket> sockets = new java.util.ArrayList<>();

    @AfterEach
    void closeSockets() {
        sockets.forEach(GraphQLWebSocket::close);
        sockets.clear();
    }

    private static String operation(String name) throws IOException {
        try (InputStream in = TrustedDocumentsApiTest.class.getClassLoader().getResourceAsStream("operations/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonPath post(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_registered_operation_runs_by_its_document_id() throws IOException {
        JsonPath answer = post("prosecutor", Map.of("documentId", "sha256:" + TrustedDocuments.hash(operation("Me"))));
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getString("data.me.id")).isNotBlank();
    }

    @Test
    void a_registered_operation_runs_by_apollos_persisted_query_hash() throws IOException {
        Map<String, Object> body = new HashMap<>();
        body.put("operationName", "CasesPage");
        body.put("variables", Map.of("first", 5));
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", TrustedDocuments.hash(operation("CasesPage")))));
        JsonPath answer = post("investigator", body);
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getList("data.cases.edges")).isNotNull();
    }

    @Test
    void a_registered_operation_runs_by_its_exact_text_and_with_its_hash() throws IOException {
        String text = operation("Me");
        assertThat(post("judge", Map.of("query", text)).getString("data.me.id")).isNotBlank();
        JsonPath both = post("judge", Map.of("query", text, "documentId", "sha256:" + TrustedDocuments.hash(text)));
        assertThat(both.getList("errors")).as(both.prettify()).isNull();
    }

    @Test
    void any_other_text_is_refused_and_does_not_run() throws IOException {
        for (String query : new String[]{"{ me { id } }", operation("Me") + " ", "mutation { registerCase(input: {firNumber: \"X\", "
                + "office: \"FIA-AHTC-LAHORE\", registeredOn: \"2020-01-01\", sections: [\"PACHTO-3\"]}) { case { id } } }"}) {
            JsonPath answer = post("investigator", Map.of("query", query));
            assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo(TrustedDocuments.NOT_TRUSTED);
            assertThat(answer.getString("errors[0].extensions.rule")).isEqualTo(TrustedDocuments.RULE);
            assertThat(answer.getString("data")).isNull();
        }
        // The fast read path's own queries are refused too: the check comes first.
        JsonPath page = post("investigator", Map.of("query", "{ cases(first: 1) { edges { node { id } } } }"));
        assertThat(page.getString("errors[0].extensions.code")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
    }

    @Test
    void an_unknown_hash_is_not_found_and_a_hash_with_another_text_is_refused() throws IOException {
        JsonPath unknown = post("investigator", Map.of("documentId", "sha256:" + TrustedDocuments.hash("{ me { id } }")));
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo(TrustedDocuments.NOT_FOUND);
        JsonPath apollo = post("investigator", Map.of("extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", "0".repeat(64)))));
        assertThat(apollo.getString("errors[0].extensions.code")).isEqualTo(TrustedDocuments.NOT_FOUND);
        JsonPath mismatched = post("investigator", Map.of("query", "{ me { id roles } }",
                "documentId", "sha256:" + TrustedDocuments.hash(operation("Me"))));
        assertThat(mismatched.getString("errors[0].extensions.code")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
        JsonPath notText = post("investigator", Map.of("documentId", 42));
        assertThat(notText.getString("errors[0].extensions.code")).isEqualTo(TrustedDocuments.NOT_FOUND);
    }

    @Test
    void without_a_token_the_answer_is_401_before_any_document_is_read() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { id } }")).post("/graphql").then().statusCode(401);
    }

    /** A browser's socket: the token in connection_init. */
    private GraphQLWebSocket socket(String user) {
        String token = Tokens.of(user);
        GraphQLWebSocket socket = GraphQLWebSocket.connect(URI.create(graphql.toString().replaceFirst("^http", "ws")), Optional.empty());
        sockets.add(socket);
        socket.initWithToken(token);
        assertThat(socket.next(WAIT).orElseThrow().getString("type")).isEqualTo("connection_ack");
        return socket;
    }

    private static String subscribe(String id, Map<String, Object> payload) {
        return new io.vertx.core.json.JsonObject().put("id", id).put("type", "subscribe").put("payload", payload).encode();
    }

    /** The socket's refusal of an operation: an error message for it, with the code and the rule. */
    private static String refusedOverTheSocket(GraphQLWebSocket socket, String id) {
        JsonPath message = socket.next(WAIT).orElseThrow(() -> new AssertionError("no answer to " + id));
        assertThat(message.getString("type") + " " + message.getString("id")).as(message.prettify()).isEqualTo("error " + id);
        assertThat(message.getString("payload[0].extensions.rule")).isEqualTo(TrustedDocuments.RULE);
        return message.getString("payload[0].extensions.code");
    }

    @Test
    void over_the_websocket_the_registered_subscription_runs_by_its_hash_and_other_texts_do_not_run() throws IOException {
        GraphQLWebSocket socket = socket("investigator");
        socket.send(subscribe("live", Map.of("documentId", "sha256:" + TrustedDocuments.hash(operation("CaseUpdated")),
                "variables", Map.of())));
        // A mutation as text that is not registered: refused, and the subscription sees no change from it.
        String unregistered = "mutation { registerCase(input: {firNumber: \"WS-" + UUID.randomUUID() + "\", "
                + "office: \"FIA-AHTC-LAHORE\", registeredOn: \"2020-01-01\", sections: [\"PACHTO-3\"]}) { case { id } } }";
        socket.send(subscribe("m", Map.of("query", unregistered)));
        assertThat(refusedOverTheSocket(socket, "m")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
        assertThat(socket.next(Duration.ofSeconds(2))).as("nothing ran, so nothing changed").isEmpty();
        // The registered mutation, by its hash over HTTP: the registered subscription tells of it.
        JsonPath registered = post("investigator", Map.of("documentId", "sha256:" + TrustedDocuments.hash(operation("RegisterCase")),
                "variables", Map.of("input", Map.of("firNumber", "WS-" + UUID.randomUUID(), "office", "FIA-AHTC-LAHORE",
                        "registeredOn", "2020-01-01", "sections", List.of("PACHTO-3")))));
        String caseId = registered.getString("data.registerCase.case.id");
        assertThat(caseId).as(registered.prettify()).isNotBlank();
        JsonPath update = socket.next(WAIT).orElseThrow(() -> new AssertionError("no update of the registered case"));
        assertThat(update.getString("type") + " " + update.getString("id")).as(update.prettify()).isEqualTo("next live");
        assertThat(update.getString("payload.data.caseUpdated.caseId")).isEqualTo(caseId);
    }

    @Test
    void over_the_websocket_texts_and_hashes_are_held_to_the_same_rule_as_over_http() throws IOException {
        String prosecutorsId = post("prosecutor", Map.of("documentId", "sha256:" + TrustedDocuments.hash(operation("Me"))))
                .getString("data.me.id");
        GraphQLWebSocket socket = socket("prosecutor");
        socket.send(subscribe("1", Map.of("query", "subscription { caseUpdated { caseId } }")));
        assertThat(refusedOverTheSocket(socket, "1")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
        socket.send(subscribe("2", Map.of("query", "{ me { id } }")));
        assertThat(refusedOverTheSocket(socket, "2")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
        socket.send(subscribe("3", Map.of("documentId", "sha256:" + TrustedDocuments.hash("{ me { id } }"))));
        assertThat(refusedOverTheSocket(socket, "3")).isEqualTo(TrustedDocuments.NOT_FOUND);
        socket.send(subscribe("4", Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "0".repeat(64))))));
        assertThat(refusedOverTheSocket(socket, "4")).isEqualTo(TrustedDocuments.NOT_FOUND);
        socket.send(subscribe("5", Map.of("documentId", 42)));
        assertThat(refusedOverTheSocket(socket, "5")).isEqualTo(TrustedDocuments.NOT_FOUND);
        socket.send(subscribe("6", Map.of("query", "{ me { id roles } }", "documentId", "sha256:" + TrustedDocuments.hash(operation("Me")))));
        assertThat(refusedOverTheSocket(socket, "6")).isEqualTo(TrustedDocuments.NOT_TRUSTED);
        // The registered text itself runs, and so does a registered query by Apollo's hash.
        socket.send(subscribe("7", Map.of("query", operation("Me"))));
        JsonPath me = socket.next(WAIT).orElseThrow();
        assertThat(me.getString("type") + " " + me.getString("id")).as(me.prettify()).isEqualTo("next 7");
        assertThat(me.getString("payload.data.me.id")).isEqualTo(prosecutorsId);
        assertThat(socket.next(WAIT).orElseThrow().getString("type")).isEqualTo("complete");
        socket.send(subscribe("8", Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1,
                "sha256Hash", TrustedDocuments.hash(operation("Me")))))));
        JsonPath byHash = socket.next(WAIT).orElseThrow();
        assertThat(byHash.getString("type") + " " + byHash.getString("id")).as(byHash.prettify()).isEqualTo("next 8");
        assertThat(byHash.getString("payload.data.me.id")).isEqualTo(prosecutorsId);
    }
}
