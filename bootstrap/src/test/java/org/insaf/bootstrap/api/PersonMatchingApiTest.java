package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One recruiter in three FIRs, end to end with the demo realm's real tokens (issue 18): two cases of
 * FIA-AHTC-LAHORE (investigator) and one of FIA-AHTC-KARACHI (investigator2), spelled three ways.
 * Every role asks for the candidates and tries every person mutation; Karachi's candidate is only
 * counted for Lahore; a confirmed link and its undoing change no case and are on the case's trail.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonMatchingApiTest {

    private static final String DAY = "2021-09-14";
    private static final String CANDIDATES = """
            query($caseId: ID!, $accusedId: ID!) { personCandidates(caseId: $caseId, accusedId: $accusedId) {
              accusedId candidates { personId score reasons names caseIds } matchesInOtherOffices howToAskForAccess } }""";
    private static final String PERSON = "{ personId names fatherName cnic passport phones district joinedTo }";
    // A surname of this run only, so that no other run's persons are candidates.
    private final String surname = "Kk" + new java.util.Random().ints(7, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    private String lahore;
    private String lahoreAccused;
    private String lahore2;
    private String lahore2Accused;
    private String karachi;
    private String karachiAccused;

    /** The answer of each role to each operation on Lahore's first case: OK or the error's code. */
    static final String MATRIX = """
            operation               investigator investigator2 prosecutor prosecutor2 judge     judge2    analyst   admin     auditor
            personCandidates        OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND OK        NOT_FOUND
            recordPersonParticulars OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            confirmPersonLink       OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            rejectPersonCandidate   OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            separatePerson          OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            """;

    private String caseWith(String user, String office, String accused) {
        String id = CaseStoryApiTest.ok(user, "registerCase", Map.of("firNumber", "PM-" + UUID.randomUUID(),
                "office", office, "registeredOn", DAY, "sections", List.of("PACHTO-3"))).getString("id");
        CaseStoryApiTest.ok(user, "startInvestigation", Map.of("caseId", id, "startedOn", DAY));
        return CaseStoryApiTest.ok(user, "addAccused", Map.of("caseId", id, "name", accused,
                "roles", List.of("RECRUITER"), "nationality", "PK")).getString("accused[0].id");
    }

    private static JsonPath person(String user, String mutation, Map<String, Object> input) {
        String type = mutation.equals("confirmPersonLink") || mutation.equals("rejectPersonCandidate") ? "PersonLinkInput"
                : CaseStoryApiTest.capitalize(mutation) + "Input";
        String selection = mutation.equals("rejectPersonCandidate") ? "" : " " + PERSON;
        return Gql.as(user, "mutation($input: " + type + "!) { " + mutation + "(input: $input)" + selection + " }",
                Map.of("input", input)).extract().jsonPath();
    }

    private static JsonPath candidates(String user, String caseId, String accusedId) {
        return Gql.as(user, CANDIDATES, Map.of("caseId", caseId, "accusedId", accusedId)).extract().jsonPath();
    }

    private static int version(String caseId) {
        return Gql.as("admin", "query($id: ID!) { case(id: $id) { version } }", Map.of("id", caseId))
                .extract().jsonPath().getInt("data.case.version");
    }

    private Map<String, Object> particulars(String caseId, String accusedId, String name, String father, String phone) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("caseId", caseId, "accusedId", accusedId,
                "names", List.of(name), "district", "Gujrat"));
        if (father != null) {
            input.put("fatherName", father);
        }
        if (phone != null) {
            input.put("phones", List.of(phone));
        }
        return input;
    }

    @BeforeEach
    void threeCases() {
        if (lahore != null) {
            return; // made once, before the first test (the application is not up for @BeforeAll)
        }
        lahoreAccused = caseWith("investigator", "FIA-AHTC-LAHORE", "Rashid " + surname);
        lahore = caseOf("investigator", lahoreAccused);
        lahore2Accused = caseWith("investigator", "FIA-AHTC-LAHORE", "Rasheed " + surname);
        lahore2 = caseOf("investigator", lahore2Accused);
        karachiAccused = caseWith("investigator2", "FIA-AHTC-KARACHI", "Mohd. Rashid " + surname);
        karachi = caseOf("investigator2", karachiAccused);
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", lahore, "prosecutor", CaseStoryApiTest.idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", CaseStoryApiTest.idOf("judge")));
        ok(person("investigator", "recordPersonParticulars",
                particulars(lahore, lahoreAccused, "Rashid " + surname, "Gul " + surname, "0300-1112223")));
        ok(person("investigator", "recordPersonParticulars",
                particulars(lahore2, lahore2Accused, "Rasheed " + surname, "Gul " + surname, null)));
        ok(person("investigator2", "recordPersonParticulars",
                particulars(karachi, karachiAccused, "Mohd. Rashid " + surname, null, "+92 300 1112223")));
    }

    private String caseOf(String user, String accusedId) {
        String page = Gql.as(user, "query($day: Date) { cases(first: 100, filter: {registeredFrom: $day, registeredTo: $day}) "
                + "{ edges { node { id accused { id } } } } }", Map.of("day", DAY)).extract().jsonPath().prettify();
        JsonPath found = JsonPath.from(page);
        List<Map<String, Object>> nodes = found.getList("data.cases.edges.node");
        return nodes.stream().filter(n -> String.valueOf(n.get("accused")).contains(accusedId)).map(n -> (String) n.get("id"))
                .findFirst().orElseThrow();
    }

    private static JsonPath ok(JsonPath answer) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    @Test
    @Order(1)
    void lahore_sees_its_own_candidate_with_score_and_reasons_and_karachi_s_only_as_a_count() {
        JsonPath answer = ok(candidates("investigator", lahore, lahoreAccused));
        assertThat(answer.getList("data.personCandidates.candidates.personId")).containsExactly(lahore2Accused);
        assertThat(answer.getInt("data.personCandidates.candidates[0].score")).isBetween(70, 85);
        assertThat(answer.getList("data.personCandidates.candidates[0].reasons")).contains("SAME_FATHER_NAME", "SAME_DISTRICT");
        assertThat(answer.getList("data.personCandidates.candidates[0].caseIds")).containsExactly(lahore2);
        assertThat(answer.getInt("data.personCandidates.matchesInOtherOffices")).isEqualTo(1);
        assertThat(answer.getString("data.personCandidates.howToAskForAccess")).contains("Ask an admin");
        assertThat(answer.prettify()).doesNotContain(karachi, karachiAccused, "Mohd");

        JsonPath admin = ok(candidates("admin", lahore, lahoreAccused));
        assertThat(admin.getList("data.personCandidates.candidates.personId"))
                .containsExactlyInAnyOrder(lahore2Accused, karachiAccused);
        assertThat(admin.getInt("data.personCandidates.matchesInOtherOffices")).isZero();
    }

    @Test
    @Order(2)
    void every_role_gets_the_answer_of_the_table_and_a_refusal_changes_nothing() {
        // The investigator's successes are told by the story below.
        RoleTable.check(MATRIX, "personCandidates", (operation, user) -> switch (operation) {
            case "personCandidates" -> candidates(user, lahore, lahoreAccused);
            case "recordPersonParticulars" -> person(user, operation,
                    particulars(lahore, lahoreAccused, "Rashid " + surname, "Gul " + surname, null));
            case "separatePerson" -> person(user, operation, Map.of("caseId", lahore, "accusedId", lahoreAccused,
                    "reason", "by " + user));
            default -> person(user, operation, Map.of("caseId", lahore, "accusedId", lahoreAccused,
                    "candidateId", lahore2Accused, "reason", "by " + user));
        }, () -> version(lahore), surname);
        JsonPath still = ok(candidates("admin", lahore, lahoreAccused));
        assertThat(still.getList("data.personCandidates.candidates.personId")).contains(lahore2Accused);
    }

    @Test
    @Order(4)
    void a_link_confirmed_then_undone_changes_no_case_and_is_on_the_trail() {
        int[] before = {version(lahore), version(lahore2), version(karachi)};
        JsonPath hidden = person("investigator", "confirmPersonLink", Map.of("caseId", lahore, "accusedId", lahoreAccused,
                "candidateId", karachiAccused, "reason", "a guess"));
        assertThat(hidden.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");

        JsonPath linked = ok(person("investigator", "confirmPersonLink", Map.of("caseId", lahore, "accusedId", lahoreAccused,
                "candidateId", lahore2Accused, "reason", "the victims of both FIRs name his shop in Gujrat")));
        assertThat(linked.getString("data.confirmPersonLink.joinedTo")).isEqualTo(lahore2Accused);
        JsonPath twice = person("investigator", "confirmPersonLink", Map.of("caseId", lahore, "accusedId", lahoreAccused,
                "candidateId", lahore2Accused, "reason", "again"));
        assertThat(twice.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(twice.getString("errors[0].extensions.rule")).isEqualTo("PERSON_LINK");

        JsonPath separated = ok(person("investigator", "separatePerson", Map.of("caseId", lahore, "accusedId", lahoreAccused,
                "reason", "the shop belongs to his brother")));
        assertThat((Object) separated.get("data.separatePerson.joinedTo")).isNull();
        assertThat(new int[] {version(lahore), version(lahore2), version(karachi)}).isEqualTo(before);

        JsonPath trail = Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                + "{ edges { node { action actorId detail } } } }", Map.of("id", lahore)).extract().jsonPath();
        List<String> actions = trail.getList("data.auditTrail.edges.node.action");
        assertThat(actions).contains("CONFIRM_PERSON_LINK", "SEPARATE_PERSON", "READ_PERSON_CANDIDATES");
        assertThat(trail.prettify()).contains("his shop in Gujrat", "belongs to his brother");

        ok(person("investigator", "rejectPersonCandidate", Map.of("caseId", lahore, "accusedId", lahoreAccused,
                "candidateId", lahore2Accused, "reason", "different father's village")));
        assertThat(ok(candidates("investigator", lahore, lahoreAccused)).getList("data.personCandidates.candidates"))
                .isEmpty();
    }

    @Test
    @Order(3)
    void bad_particulars_are_refused_naming_the_rule() {
        Map<String, Object> input = particulars(lahore2, lahore2Accused, "Rasheed " + surname, null, "12-34");
        JsonPath phone = person("investigator", "recordPersonParticulars", input);
        assertThat(phone.getString("errors[0].extensions.code")).as(phone.prettify()).isEqualTo("BAD_INPUT");
        assertThat(phone.getString("errors[0].extensions.rule")).isEqualTo("PHONE_FORMAT");
        Map<String, Object> cnic = particulars(lahore2, lahore2Accused, "Rasheed " + surname, null, null);
        cnic.put("cnic", "3520212345671");
        JsonPath badCnic = person("investigator", "recordPersonParticulars", cnic);
        assertThat(badCnic.getString("errors[0].extensions.rule")).as(badCnic.prettify()).isEqualTo("CNIC_FORMAT");
        Map<String, Object> many = particulars(lahore2, lahore2Accused, "Rasheed " + surname, null, null);
        many.put("names", java.util.Collections.nCopies(21, "Rasheed"));
        JsonPath tooMany = person("investigator", "recordPersonParticulars", many);
        assertThat(tooMany.getString("errors[0].extensions.code")).as(tooMany.prettify()).isEqualTo("BAD_INPUT");
    }
}
