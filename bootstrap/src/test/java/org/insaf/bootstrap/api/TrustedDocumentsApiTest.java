package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.insaf.adapters.graphql.engine.TrustedDocuments;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
}
