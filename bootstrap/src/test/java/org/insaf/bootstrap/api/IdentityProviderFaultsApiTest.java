package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.PausableProxy;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak unreachable, from the start and while the service runs: a request with a bearer token
 * is answered 503 IDENTITY_PROVIDER_UNAVAILABLE with Retry-After (never a 500, never a stack
 * trace), one without a token stays 401, readiness is DOWN, and the service recovers by itself when
 * Keycloak is back. Keycloak is reached through a proxy the test takes down (down when the
 * application starts), so the Keycloak the other tests share is never touched. The delays are the
 * production ones scaled down so the test stays short.
 */
@QuarkusTest
@TestProfile(IdentityProviderFaultsApiTest.KeycloakBehindAProxy.class)
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityProviderFaultsApiTest {

    public static class KeycloakBehindAProxy implements QuarkusTestProfile, InsafTestInfrastructure.BehindKeycloakProxy {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.connection-delay", "1S",
                    "insaf.security.session-recheck", "1S");
        }
    }

    /** How long the service may take to notice that Keycloak is back, with room for a busy machine. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private static final Map<String, Object> PAGE = Map.of("query", "{ cases(first: 5) { edges { node { id } } } }");

    private final PausableProxy keycloak = InsafTestInfrastructure.keycloakProxy();

    private static Response page(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(PAGE).when().post("/graphql");
    }

    private static Response page() {
        return page(Tokens.of("prosecutor"));
    }

    private static void refusedAsIdentityProviderUnavailable(Response answer) {
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getString("errors[0].extensions.code")).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(answer.jsonPath().getString("errors[0].message")).contains("sign-in service");
        assertThat(answer.asString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("127.0.0.1");
    }

    private static void otherCallersUnchanged() {
        given().contentType(ContentType.JSON).body(PAGE).when().post("/graphql").then().statusCode(401);
        // A token that is no JWT at all is refused without asking Keycloak.
        assertThat(page("not-a-token").statusCode()).isEqualTo(401);
    }

    private static void readinessSaysDown() {
        Response ready = given().when().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'OIDC Provider Health Check' }.status"))
                .isEqualTo("DOWN");
    }

    private static void recovers() {
        eventually(() -> page().statusCode() == 200 && given().when().get("/q/health/ready").statusCode() == 200);
        Response answer = page();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getList("errors")).isNull();
    }

    private static void eventually(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!condition.get()) {
            assertThat(Instant.now()).as("recovered within " + RECOVERY).isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @Order(1)
    void keycloak_unreachable_since_the_start_is_503_not_500_then_the_service_recovers_by_itself() {
        refusedAsIdentityProviderUnavailable(page());
        refusedAsIdentityProviderUnavailable(page(Tokens.of("analyst")));
        // Until the tenant is initialised, the OIDC extension checks no token at all, not even a
        // malformed one: that is 503 too. Without a token it stays 401.
        refusedAsIdentityProviderUnavailable(page("not-a-token"));
        given().contentType(ContentType.JSON).body(PAGE).when().post("/graphql").then().statusCode(401);
        readinessSaysDown();

        keycloak.up();
        recovers();
    }

    @Test
    @Order(2)
    void keycloak_going_down_while_the_service_runs_is_503_and_readiness_down_until_it_is_back() {
        keycloak.up();
        recovers();

        keycloak.down();
        try {
            // Within the session recheck (1 s here) a token already vouched for still works; after it, not.
            eventually(() -> page().statusCode() == 503);
            refusedAsIdentityProviderUnavailable(page());
            otherCallersUnchanged();
            readinessSaysDown();
        } finally {
            keycloak.up();
        }
        recovers();
    }
}
