package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Every refusal is a GraphQL error with extensions.code and a readable message, never a stack trace or class name. */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class ErrorCodesApiTest {

    @Test
    void a_date_that_is_not_a_date_is_bad_input_in_the_query_and_in_a_variable() {
        Gql.as("judge", "{ statutes(inForceOn: \"2017-13-45\") { code } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("is not a valid 'Date'"));
        Gql.as("judge", "query($d: Date) { statutes(inForceOn: $d) { code } }", Map.of("d", "nonsense"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void a_malformed_value_names_the_rule_of_its_format() {
        Gql.as("judge", "{ statute(code: \"bad code\") { code } }")
                .body("data.statute", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].extensions.rule", equalTo("STATUTE_CODE_FORMAT"))
                .body("errors[0].message", containsString("PPC-369A"));
    }

    @Test
    void a_query_the_schema_does_not_allow_is_bad_input() {
        Gql.as("judge", "{ statutes { nope } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("'nope'"));
    }

    @Test
    void errors_carry_no_exception_or_stack_trace() {
        Gql.as("judge", "{ statute(code: \"bad code\") { code } }")
                .body("errors[0].extensions.exception", nullValue())
                .body("errors[0].extensions.keySet()", everyItem(not(equalTo("stackTrace"))))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void me_names_the_caller_as_the_token_does() {
        Gql.as("investigator", "{ me { id roles office } }")
                .body("errors", nullValue())
                .body("data.me.roles", equalTo(java.util.List.of("INVESTIGATOR")))
                .body("data.me.office", equalTo("FIA-AHTC-LAHORE"))
                .body("data.me.id", not(equalTo("investigator")));
    }
}
