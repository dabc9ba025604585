package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * A token of a user the admin disables, or of a session the admin ends, stops working within the
 * recheck bound (insaf.security.session-recheck, at most 60 s) though it has most of its 15 minutes
 * left; the tokens of other users keep working.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class SessionRevocationApiTest {

    private static final Map<String, Object> QUERY = Map.of("query", "{ statutes { code } }");

    private static EmbeddedKeycloak keycloak() {
        return InsafTestInfrastructure.keycloakForTests();
    }

    private static String users() {
        return keycloak().baseUrl() + "/admin/realms/" + EmbeddedKeycloak.REALM + "/users";
    }

    /** A user of this test only, an analyst; returns its id. */
    private static String newAnalyst(String admin, String username) {
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of(
                        "username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@insaf.example", "firstName", "Probe", "lastName", "User",
                        "credentials", List.of(Map.of("type", "password", "value", username + "-pw", "temporary", false))))
                .post(users()).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> analyst = given().auth().oauth2(admin)
                .get(keycloak().baseUrl() + "/admin/realms/" + EmbeddedKeycloak.REALM + "/roles/analyst")
                .then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(analyst))
                .post(users() + "/" + id + "/role-mappings/realm").then().statusCode(204);
        return id;
    }

    private static String tokenOf(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", EmbeddedKeycloak.CLIENT_ID)
                .formParam("client_secret", EmbeddedKeycloak.DEV_CLIENT_SECRET)
                .formParam("username", username).formParam("password", username + "-pw")
                .post(keycloak().tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    private static int statusWith(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(QUERY).post("/graphql").statusCode();
    }

    @Test
    void a_disabled_user_and_an_ended_session_are_refused_within_the_bound() throws InterruptedException {
        Duration bound = ConfigProvider.getConfig().getValue("insaf.security.session-recheck", Duration.class);
        assertThat(bound).isLessThanOrEqualTo(Duration.ofSeconds(60));
        String admin = Tokens.keycloakAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String disabledName = "disabled-" + suffix;
        String loggedOutName = "logged-out-" + suffix;
        String disabled = newAnalyst(admin, disabledName);
        String loggedOut = newAnalyst(admin, loggedOutName);
        try {
            String disabledToken = tokenOf(disabledName);
            String loggedOutToken = tokenOf(loggedOutName);
            // Both work first (and the service has checked each session once), so what refuses them later is the admin.
            given().auth().oauth2(disabledToken).contentType(ContentType.JSON).body(QUERY).post("/graphql")
                    .then().statusCode(200).body("errors", nullValue());
            assertThat(statusWith(loggedOutToken)).isEqualTo(200);

            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .put(users() + "/" + disabled).then().statusCode(204);
            given().auth().oauth2(admin).post(users() + "/" + loggedOut + "/logout").then().statusCode(204);
            long changed = System.nanoTime();

            Duration disabledRefusedAfter = null;
            Duration loggedOutRefusedAfter = null;
            Duration deadline = bound.plusSeconds(10);
            while ((disabledRefusedAfter == null || loggedOutRefusedAfter == null)
                    && Duration.ofNanos(System.nanoTime() - changed).compareTo(deadline) < 0) {
                if (disabledRefusedAfter == null && statusWith(disabledToken) == 401) {
                    disabledRefusedAfter = Duration.ofNanos(System.nanoTime() - changed);
                }
                if (loggedOutRefusedAfter == null && statusWith(loggedOutToken) == 401) {
                    loggedOutRefusedAfter = Duration.ofNanos(System.nanoTime() - changed);
                }
                Thread.sleep(500);
            }
            // One second of slack for the request that sees it.
            assertThat(disabledRefusedAfter).as("the disabled user's token is refused").isNotNull()
                    .isLessThanOrEqualTo(bound.plusSeconds(1));
            assertThat(loggedOutRefusedAfter).as("the ended session's token is refused").isNotNull()
                    .isLessThanOrEqualTo(bound.plusSeconds(1));
            given().auth().oauth2(Tokens.of("analyst")).contentType(ContentType.JSON).body(QUERY).post("/graphql")
                    .then().statusCode(200).body("errors", nullValue());
        } finally {
            given().auth().oauth2(admin).delete(users() + "/" + disabled).then().statusCode(204);
            given().auth().oauth2(admin).delete(users() + "/" + loggedOut).then().statusCode(204);
        }
    }
}
