package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A victim's identity typed into the wrong field, or sent with the wrong type, is refused with
 * BAD_INPUT and a message that names the argument and the type, never the value.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class IdentityNeverEchoedApiTest {

    private static final String NAME = "Ayesha Bibi Qureshi";
    private static final String CNIC_DIGITS = "3520212345678";

    private static String addVictim(String identity, String gender, String dateOfBirth) {
        return "mutation { addVictim(input: { caseId: \"" + UUID.randomUUID() + "\", identity: " + identity
                + ", gender: " + gender + ", dateOfBirth: " + dateOfBirth
                + ", nationality: \"PK\", vulnerabilities: [], exploitation: [] }) { case { id } } }";
    }

    @Test
    void inline_values_of_the_wrong_type_are_not_echoed() {
        for (String mutation : List.of(
                addVictim("{ name: \"Someone\" }", "FEMALE", "\"" + NAME + "\""),
                addVictim("{ name: \"Someone\", cnic: " + CNIC_DIGITS + " }", "FEMALE", "\"2003-05-01\""),
                addVictim("{ name: " + CNIC_DIGITS + " }", "FEMALE", "\"2003-05-01\""),
                addVictim("{ name: \"Someone\" }", "AYESHA_BIBI_QURESHI", "\"2003-05-01\""))) {
            String messages = Gql.as("investigator", mutation)
                    .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                    .extract().jsonPath().getList("errors.message").toString();
            assertThat(messages).doesNotContain("Ayesha").doesNotContain("AYESHA").doesNotContain(CNIC_DIGITS);
        }
    }

    @Test
    void a_name_left_unquoted_is_not_echoed_by_the_syntax_error() {
        String messages = Gql.as("investigator", addVictim("{ name: Ayesha Bibi Qureshi }", "FEMALE", "\"2003-05-01\""))
                .extract().jsonPath().getList("errors.message").toString();
        assertThat(messages).isNotEqualTo("[]").doesNotContain("Ayesha").doesNotContain("Bibi").doesNotContain("Qureshi");
    }

    @Test
    void variables_of_the_wrong_type_are_not_echoed() {
        String mutation = "mutation($input: AddVictimInput!) { addVictim(input: $input) { case { id } } }";
        for (Map<String, Object> input : List.of(
                Map.<String, Object>of("caseId", UUID.randomUUID().toString(), "identity", Map.of("name", "Someone"),
                        "gender", "FEMALE", "dateOfBirth", NAME, "nationality", "PK"),
                Map.<String, Object>of("caseId", UUID.randomUUID().toString(),
                        "identity", Map.of("name", List.of(NAME)), "gender", "FEMALE", "nationality", "PK"),
                Map.<String, Object>of("caseId", UUID.randomUUID().toString(), "identity", Map.of("name", "Someone"),
                        "gender", NAME, "nationality", "PK"))) {
            String messages = Gql.as("investigator", mutation, Map.of("input", input))
                    .body("errors[0].extensions.code", equalTo("BAD_INPUT"))
                    .extract().jsonPath().getList("errors.message").toString();
            assertThat(messages).doesNotContain("Ayesha");
        }
    }
}
