package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Out of the box, introspection and the GraphQL UI are off for every role (frontend teams have
 * the committed SDL); turning them on is a configuration decision (application.properties).
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class ProductionDefaultsApiTest {

    private static final List<String> ROLES = List.of("investigator", "prosecutor", "judge", "analyst", "admin");

    @Test
    void introspection_is_refused_to_every_role() {
        for (String role : ROLES) {
            for (String query : List.of("{ __schema { types { name } } }", "{ __type(name: \"Case\") { fields { name } } }",
                    graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)) {
                Gql.as(role, query)
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                        .body("errors[0].extensions.rule", equalTo("INTROSPECTION_OFF"));
            }
            // __typename is not introspection: clients ask for it to tell types apart.
            Gql.as(role, "{ __typename me { __typename } }").body("errors", nullValue()).body("data.__typename", equalTo("Query"));
            // The API itself still answers, so the refusal above is about introspection.
            Gql.as(role, "{ me { id } }").body("errors", nullValue());
        }
    }

    @Test
    void the_graphql_ui_is_not_served_to_anyone() {
        for (String path : List.of("/q/graphql-ui", "/q/graphql-ui/", "/q/graphql-ui/index.html")) {
            given().redirects().follow(false).when().get(path)
                    .then().statusCode(anyOf(equalTo(401), equalTo(403), equalTo(404)))
                    .body(not(containsString("graphiql")));
            for (String role : ROLES) {
                given().redirects().follow(false).auth().oauth2(Tokens.of(role)).when().get(path)
                        .then().statusCode(anyOf(equalTo(403), equalTo(404)))
                        .body(not(containsString("graphiql")));
            }
        }
    }
}
