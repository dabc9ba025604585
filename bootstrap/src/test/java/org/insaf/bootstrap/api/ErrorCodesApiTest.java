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

    private static String registerLahoreCase() {
        return CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "ERR-" + java.util.UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2024-01-10", "sections", java.util.List.of("PTPA-3")))
                .getString("id");
    }

    private static final String CASE_BY_ID = "query($id: ID!) { case(id: $id) { id status } }";

    @Test
    void a_case_that_does_not_exist_and_a_case_of_another_office_get_the_same_not_found() {
        String unknown = java.util.UUID.randomUUID().toString();
        Gql.as("prosecutor", CASE_BY_ID, Map.of("id", unknown))
                .body("data.case", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("Case " + unknown + " does not exist or is not open to you"));
        String lahore = registerLahoreCase();
        Gql.as("investigator", CASE_BY_ID, Map.of("id", lahore)).body("errors", nullValue())
                .body("data.case.status", equalTo("REGISTERED"));
        Gql.as("investigator2", CASE_BY_ID, Map.of("id", lahore))
                .body("data.case", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("Case " + lahore + " does not exist or is not open to you"));
        // and it cannot change it either
        Gql.as("investigator2", "mutation($id: ID!) { startInvestigation(input: {caseId: $id, startedOn: \"2024-01-11\"}) { case { id } } }",
                        Map.of("id", lahore))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void doing_what_ones_role_may_not_is_forbidden() {
        String lahore = registerLahoreCase();
        Gql.as("investigator", "mutation($id: ID!) { assignCase(input: {caseId: $id, prosecutor: \"someone\"}) { case { id } } }",
                        Map.of("id", lahore))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("Only an admin may assign a case"));
        Gql.as("prosecutor", "mutation { registerCase(input: {firNumber: \"X-1\", office: \"FIA-AHTC-LAHORE\", registeredOn: \"2024-01-10\", sections: [\"PTPA-3\"]}) { case { id } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        Gql.as("investigator", "mutation { registerCase(input: {firNumber: \"X-2\", office: \"FIA-AHTC-KARACHI\", registeredOn: \"2024-01-10\", sections: [\"PTPA-3\"]}) { case { id } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void a_page_of_more_than_100_cases_a_malformed_id_or_cursor_are_bad_input() {
        Gql.as("admin", "{ cases(first: 500) { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", equalTo("first must be between 1 and 100; 500 cases were asked for"));
        Gql.as("admin", "{ cases(first: 0) { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
        Gql.as("admin", "{ case(id: \"not-a-case-id\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", equalTo("'not-a-case-id' is not a case id"));
        Gql.as("admin", "{ cases(first: 5, after: \"bm9wZQ\") { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                .body("errors[0].message", containsString("not a cursor"));
        Gql.as("investigator", "mutation { registerCase(input: {firNumber: \"X-3\", office: \"FIA-AHTC-LAHORE\", registeredOn: \"2024-02-30\", sections: [\"PTPA-3\"]}) { case { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_INPUT"));
    }

    @Test
    void a_stale_expected_version_and_a_second_registration_of_an_fir_are_conflicts() {
        String fir = "ERR-" + java.util.UUID.randomUUID();
        var registered = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", fir,
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2024-01-10", "sections", java.util.List.of("PTPA-3")));
        String id = registered.getString("id");
        int version = registered.getInt("version");
        Gql.as("investigator", "mutation($id: ID!, $v: Int) { startInvestigation(input: {caseId: $id, expectedVersion: $v, startedOn: \"2024-01-11\"}) { case { id } } }",
                        Map.of("id", id, "v", version + 5))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("was changed by someone else"));
        Gql.as("investigator", "query($id: ID!) { case(id: $id) { status version } }", Map.of("id", id))
                .body("data.case.status", equalTo("REGISTERED"))
                .body("data.case.version", equalTo(version));
        var again = CaseStoryApiTest.mutate("investigator", "registerCase", Map.of("firNumber", fir,
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2024-01-10", "sections", java.util.List.of("PTPA-3")));
        org.assertj.core.api.Assertions.assertThat(again.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
    }

    @Test
    void a_rule_of_law_names_itself() {
        String id = registerLahoreCase();
        Gql.as("investigator", "mutation($id: ID!) { closeCase(input: {caseId: $id, closedOn: \"2024-01-11\"}) { case { id } } }",
                        Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        Gql.as("investigator", "mutation($id: ID!) { startInvestigation(input: {caseId: $id, startedOn: \"2023-12-01\"}) { case { id } } }",
                        Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("INVARIANT_VIOLATED"))
                .body("errors[0].extensions.rule", equalTo("BUSINESS_DATE"));
    }

    @Test
    void cases_come_in_pages_with_an_opaque_cursor() {
        for (int i = 0; i < 3; i++) {
            registerLahoreCase();
        }
        String page = "query($after: String) { cases(first: 2, after: $after, filter: {office: \"FIA-AHTC-LAHORE\"}) { edges { cursor node { id office } } pageInfo { hasNextPage endCursor } } }";
        var first = Gql.as("investigator", page, new java.util.HashMap<>()).body("errors", nullValue()).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(first.getList("data.cases.edges")).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(first.getBoolean("data.cases.pageInfo.hasNextPage")).isTrue();
        String end = first.getString("data.cases.pageInfo.endCursor");
        org.assertj.core.api.Assertions.assertThat(end).isEqualTo(first.getString("data.cases.edges[1].cursor"));
        var second = Gql.as("investigator", page, Map.of("after", end)).body("errors", nullValue()).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(second.getList("data.cases.edges.node.id"))
                .doesNotContainAnyElementsOf(first.getList("data.cases.edges.node.id"));
        Gql.as("investigator2", page, new java.util.HashMap<>()).body("data.cases.edges", hasSize(0));
    }
}
