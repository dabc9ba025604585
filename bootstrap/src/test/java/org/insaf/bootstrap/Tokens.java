package org.insaf.bootstrap;

import io.restassured.RestAssured;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the project's Keycloak, by password grant of the demo users. */
public final class Tokens {

    /** A token is fetched again when less than this is left of its life, so a long run never sends an expired one. */
    private static final Duration MARGIN = Duration.ofMinutes(2);
    private static final Map<String, Fetched> CACHE = new ConcurrentHashMap<>();

    private record Fetched(String token, Instant expires) {
    }

    private Tokens() {
    }

    /** A token of the demo user of that name (its password is "name-dev-password"). */
    public static String of(String user) {
        return CACHE.compute(user, (name, cached) -> cached != null && Instant.now().plus(MARGIN).isBefore(cached.expires())
                ? cached : fetch(name)).token();
    }

    /** A token of the master realm's admin of the run's Keycloak, for tests that administer the project's realm. */
    public static String keycloakAdmin() {
        EmbeddedKeycloak keycloak = InsafTestInfrastructure.keycloak();
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", keycloak.adminPassword())
                .post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The project's realm at the run's Keycloak, for tests that drive a login flow themselves. */
    public static String realmUrl() {
        return InsafTestInfrastructure.keycloak().realmUrl();
    }

    private static Fetched fetch(String user) {
        EmbeddedKeycloak keycloak = InsafTestInfrastructure.keycloak();
        Instant asked = Instant.now();
        Map<String, Object> answer = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", EmbeddedKeycloak.CLIENT_ID)
                .formParam("client_secret", EmbeddedKeycloak.DEV_CLIENT_SECRET)
                .formParam("username", user)
                .formParam("password", user + "-dev-password")
                .post(keycloak.tokenUrl())
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        return new Fetched((String) answer.get("access_token"),
                asked.plusSeconds(((Number) answer.get("expires_in")).longValue()));
    }
}
