package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served schema is the committed one (docs/schema.graphql): a change of the API is made on
 * purpose and reviewed as a diff of that file.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class SchemaSnapshotTest {

    private static final Path COMMITTED = Path.of("..", "docs", "schema.graphql");
    private static final Path SERVED = Path.of("target", "schema.graphql");

    @Test
    void the_served_schema_is_the_committed_one() throws IOException {
        String served = given().auth().oauth2(Tokens.of("analyst"))
                .when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .extract().asString();
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(normalize(served))
                .as("""
                        The GraphQL schema served at /graphql/schema.graphql differs from the committed docs/schema.graphql.
                        If the change is intended, update the committed file and review the diff:
                            cp bootstrap/target/schema.graphql docs/schema.graphql && git diff docs/schema.graphql
                        """)
                .isEqualTo(normalize(committed));
    }

    /**
     * Every value of every GraphQL enum is a constant name (UPPER_SNAKE_CASE): a lower-case value
     * is a Java field that schema generation took for a constant (it once exposed Purpose's
     * private field "broader" as a form of exploitation).
     */
    @Test
    void every_enum_value_is_a_constant_name() {
        String served = given().auth().oauth2(Tokens.of("analyst"))
                .when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .extract().asString();
        List<String> strays = new ArrayList<>();
        String currentEnum = null;
        for (String line : served.replace("\r\n", "\n").split("\n")) {
            if (line.startsWith("enum ")) {
                currentEnum = line.substring(5, line.indexOf(' ', 5));
            } else if (line.startsWith("}")) {
                currentEnum = null;
            } else if (currentEnum != null && !line.isBlank() && !line.strip().startsWith("\"")
                    && !line.strip().matches("[A-Z][A-Z0-9_]*( @.*)?")) {
                strays.add(currentEnum + "." + line.strip());
            }
        }
        assertThat(served).contains("enum Purpose {");
        assertThat(strays).as("enum values that are not constant names").isEmpty();
    }

    @Test
    void the_schema_is_not_served_without_a_token() {
        given().when().get("/graphql/schema.graphql").then().statusCode(401);
    }

    private static String normalize(String schema) {
        return schema.replace("\r\n", "\n").strip();
    }
}
