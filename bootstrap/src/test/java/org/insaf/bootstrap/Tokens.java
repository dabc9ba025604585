package org.insaf.bootstrap;

import io.restassured.RestAssured;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the project's Keycloak, by password grant of the demo users. */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of the demo user of that name (its password is "name-dev-password"). */
    public static String of(String user) {
        return CACHE.computeIfAbsent(user, Tokens::fetch);
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

    private static String fetch(String user) {
        EmbeddedKeycloak keycloak = InsafTestInfrastructure.keycloak();
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", EmbeddedKeycloak.CLIENT_ID)
                .formParam("client_secret", EmbeddedKeycloak.DEV_CLIENT_SECRET)
                .formParam("username", user)
                .formParam("password", user + "-dev-password")
                .post(keycloak.tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
