package org.insaf.bootstrap.api;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.insaf.bootstrap.Tokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL requests with the real token of a demo user. */
public final class Gql {

    private Gql() {
    }

    public static ValidatableResponse as(String user, String query) {
        return as(user, query, Map.of());
    }

    public static ValidatableResponse as(String user, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
