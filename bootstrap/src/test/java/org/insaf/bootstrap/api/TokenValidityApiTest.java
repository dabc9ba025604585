package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

/**
 * Only tokens the project's realm issued for this API, and still valid, get data: an expired
 * token, a token of another realm of the same Keycloak, and a token signed by someone else's key
 * are refused with HTTP 401 and no data.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class TokenValidityApiTest {

    private static final Map<String, Object> QUERY = Map.of("query", "{ statutes { code } }");

    private static EmbeddedKeycloak keycloak() {
        return InsafTestInfrastructure.keycloakForTests();
    }

    private static String adminToken() {
        return Tokens.keycloakAdmin();
    }

    private static void refused(String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(401)
                .body(emptyOrNullString());
    }

    @Test
    void a_valid_token_gets_data_so_the_refusals_below_are_about_the_token() {
        given().auth().oauth2(Tokens.of("analyst")).contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void an_expired_token_is_refused() throws InterruptedException {
        // A client of the project's realm whose tokens live five seconds, made for this test only.
        String admin = adminToken();
        String clientId = "expiry-probe-" + UUID.randomUUID();
        String clients = keycloak().baseUrl() + "/admin/realms/" + EmbeddedKeycloak.REALM + "/clients";
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "clientId", clientId, "secret", "probe-secret", "publicClient", false,
                        "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", "5"),
                        "protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.client.audience", EmbeddedKeycloak.CLIENT_ID,
                                        "access.token.claim", "true")))))
                .post(clients).then().statusCode(201);
        try {
            String shortLived = given().formParam("grant_type", "password").formParam("client_id", clientId)
                    .formParam("client_secret", "probe-secret").formParam("username", "analyst")
                    .formParam("password", "analyst-dev-password")
                    .post(keycloak().tokenUrl()).then().statusCode(200).extract().path("access_token");
            // Good while it lives, so what refuses it afterwards is its expiry alone.
            given().auth().oauth2(shortLived).contentType(ContentType.JSON).body(QUERY)
                    .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
            Thread.sleep(7_000);
            refused(shortLived);
        } finally {
            String id = given().auth().oauth2(admin).queryParam("clientId", clientId).get(clients)
                    .then().statusCode(200).extract().path("[0].id");
            given().auth().oauth2(admin).delete(clients + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void a_token_of_another_realm_is_refused_though_the_same_keycloak_signed_it() {
        refused(adminToken());
    }

    @Test
    void a_token_signed_by_a_foreign_key_is_refused_whatever_it_claims() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair impostor = generator.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"impostor\"}";
        for (String issuer : List.of("https://impostor.example/realms/insaf", keycloak().realmUrl())) {
            String payload = "{\"iss\":\"" + issuer + "\",\"aud\":\"insaf-api\",\"sub\":\"" + UUID.randomUUID()
                    + "\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                    + ",\"realm_access\":{\"roles\":[\"admin\",\"judge\"]},\"office\":\"FIA-AHTC-LAHORE\"}";
            String unsigned = base64(header) + "." + base64(payload);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(impostor.getPrivate());
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            refused(unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
