package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;
import static org.insaf.bootstrap.api.CaseStoryApiTest.ok;

/**
 * {@code node(id)} end to end with real tokens: every kind of object of a case, for every demo user,
 * answers exactly as {@code case(id)} answers that user (the case's access rule), and an id the
 * caller may not see answers word for word as an id that names nothing. Malformed ids are BAD_INPUT
 * naming the rule; the caller's own id is the Caller, anyone else's is not found.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeApiTest {

    private static final List<String> USERS = List.of("investigator", "prosecutor", "judge", "admin", "investigator2",
            "prosecutor2", "judge2", "analyst", "auditor", "police");
    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Case { firNumber }
              ... on Accused { name }
              ... on Victim { pseudonym }
              ... on Charge { statuteCode accusedId }
              ... on Appeal { kind }
              ... on BailApplication { court }
              ... on Caller { roles } } }""";

    /** Each object of one case by its GraphQL type name. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String caseId;

    /** Made once, at the first test: RestAssured is pointed at the service only when a test runs. */
    private void a_case_with_every_kind_of_object() {
        if (caseId != null) {
            return;
        }
        AuthorizationMatrixApiTest.Prepared p = AuthorizationMatrixApiTest.prepare(AuthorizationMatrixApiTest.Stage.ON_TRIAL, "2017-03-10");
        String caseId = p.caseId();
        ok("investigator", "arrestAccused", input("caseId", caseId, "accusedId", p.accusedId(), "arrestedOn", "2017-07-05"));
        JsonPath c = ok("judge", "applyForBail", input("caseId", caseId, "accusedId", p.accusedId(), "court", "SESSIONS-COURT-LAHORE",
                "filedOn", "2017-07-10", "appliedBy", "COUNSEL"));
        String bail = c.getString("accused[0].bailApplications[0].id");
        ok("judge", "decideBail", input("caseId", caseId, "applicationId", bail, "outcome", "REFUSED",
                "decidedOn", "2017-07-12", "reason", "May tamper with the victim"));
        ok("judge", "recordVerdict", input("caseId", caseId, "chargeId", p.chargeId(), "outcome", "CONVICTED", "givenOn", "2017-09-01"));
        ok("judge", "recordSentence", input("caseId", caseId, "chargeId", p.chargeId(), "pronouncedOn", "2017-09-15",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000));
        ok("judge", "makeSentencingOrder", AuthorizationMatrixApiTest.sentencingOrderInput(caseId, p.accusedId(), p.chargeId()));
        c = ok("judge", "fileAppeal", input("caseId", caseId, "accusedId", p.accusedId(), "kind", "APPEAL",
                "appellant", "CONVICT", "against", "CONVICTION", "forum", "HIGH_COURT", "filedOn", "2017-10-01",
                "grounds", "The recovery of the victim was not proved"));
        this.caseId = caseId;
        ids.put("Case", caseId);
        ids.put("Accused", p.accusedId());
        ids.put("Victim", p.victimId());
        ids.put("Charge", p.chargeId());
        ids.put("Appeal", c.getString("appellate[0].appeals[0].id"));
        ids.put("BailApplication", bail);
        assertThat(ids.values()).doesNotContainNull().doesNotHaveDuplicates();
    }

    @BeforeEach
    void prepare() {
        a_case_with_every_kind_of_object();
    }

    private static JsonPath node(String user, Object id) {
        return Gql.as(user, NODE, Map.of("id", id)).extract().jsonPath();
    }

    @Test
    void every_object_answers_every_user_as_its_case_does() {
        int seeing = 0;
        for (String user : USERS) {
            boolean seesTheCase = Gql.as(user, "query($id: ID!) { case(id: $id) { id } }", Map.of("id", caseId))
                    .extract().jsonPath().getList("errors") == null;
            seeing += seesTheCase ? 1 : 0;
            for (Map.Entry<String, String> object : ids.entrySet()) {
                JsonPath answer = node(user, object.getValue());
                String context = object.getKey() + " as " + user + ": " + answer.prettify();
                if (seesTheCase) {
                    assertThat(answer.getList("errors")).as(context).isNull();
                    assertThat(answer.getString("data.node.__typename")).as(context).isEqualTo(object.getKey());
                    assertThat(answer.getString("data.node.id")).as(context).isEqualTo(object.getValue());
                } else {
                    assertNotFound(answer, object.getValue(), context);
                }
            }
        }
        assertThat(seeing).as("some users see the case, some do not").isBetween(1, USERS.size() - 1);
        assertThat(node("investigator", caseId).getList("errors")).isNull();
        assertNotFound(node("investigator2", ids.get("Accused")), ids.get("Accused"), "investigator2 is of another office");
    }

    /** The answer to an id that names nothing, with the id put in: nothing tells a hidden object from a missing one. */
    private void assertNotFound(JsonPath answer, String id, String context) {
        String unknown = UUID.randomUUID().toString();
        JsonPath nothing = node("investigator", unknown);
        assertThat(answer.getString("data.node")).as(context).isNull();
        assertThat(answer.getString("errors[0].extensions.code")).as(context).isEqualTo("NOT_FOUND");
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo(nothing.getString("errors[0].extensions.code"));
        assertThat(answer.getString("errors[0].message")).as(context)
                .isEqualTo(nothing.getString("errors[0].message").replace(unknown, id));
        if (!id.equals(caseId)) {
            assertThat(answer.prettify()).as("the refusal does not name the case: " + context).doesNotContain(caseId);
        }
    }

    @Test
    void a_hidden_object_is_refused_and_audited_as_a_read_of_its_case() {
        int before = refusals();
        assertNotFound(node("investigator2", ids.get("Charge")), ids.get("Charge"), "a charge of a case of Lahore");
        assertThat(refusals()).as("the refusal is in the case's audit trail, as case(id) writes it").isEqualTo(before + 1);
    }

    /** The READ_CASE_REFUSED entries of the case's whole audit trail, page by page. */
    private int refusals() {
        int count = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", caseId);
            variables.put("after", after);
            JsonPath page = Gql.as("auditor", "query($id: ID!, $after: String) { auditTrail(caseId: $id, first: 100, after: $after) "
                    + "{ edges { node { action } } pageInfo { hasNextPage endCursor } } }", variables).extract().jsonPath();
            count += (int) page.getList("data.auditTrail.edges.node.action").stream().filter("READ_CASE_REFUSED"::equals).count();
            after = page.getBoolean("data.auditTrail.pageInfo.hasNextPage") ? page.getString("data.auditTrail.pageInfo.endCursor") : null;
        } while (after != null);
        return count;
    }

    @Test
    void the_callers_own_id_is_the_caller_and_no_one_elses() {
        String mine = AuthorizationMatrixApiTest.idOf("prosecutor");
        JsonPath me = node("prosecutor", mine);
        assertThat(me.getList("errors")).as(me.prettify()).isNull();
        assertThat(me.getString("data.node.__typename")).isEqualTo("Caller");
        assertThat(me.getString("data.node.id")).isEqualTo(mine);
        assertThat(me.getList("data.node.roles")).isNotEmpty();
        assertNotFound(node("investigator", mine), mine, "another user's id");
    }

    @Test
    void a_malformed_id_is_bad_input_naming_the_rule() {
        for (Object bad : List.of("not-an-id", "1-1-1-1-1", caseId + " ", "{" + caseId + "}", 12345, "x".repeat(5000))) {
            JsonPath answer = node("investigator", bad);
            assertThat(answer.getString("errors[0].extensions.code")).as(String.valueOf(bad).substring(0, 5)).isEqualTo("BAD_INPUT");
            assertThat(answer.getString("errors[0].extensions.rule")).isEqualTo("ID_FORMAT");
            assertThat(answer.getString("data.node")).isNull();
        }
        JsonPath empty = node("investigator", "");
        assertThat(empty.getString("errors[0].extensions.rule")).isEqualTo("REQUIRED");
        JsonPath missing = Gql.as("investigator", "{ node { id } }").extract().jsonPath();
        assertThat(missing.getList("errors")).as(missing.prettify()).isNotEmpty();
        assertThat(missing.getString("data.node")).isNull();
    }

    @Test
    void an_upper_case_id_names_the_same_object() {
        JsonPath answer = node("investigator", ids.get("Victim").toUpperCase());
        assertThat(answer.getString("data.node.__typename")).isEqualTo("Victim");
        assertThat(answer.getString("data.node.id")).isEqualTo(ids.get("Victim"));
    }

    @Test
    void an_id_of_another_kind_where_a_case_id_is_expected_is_not_a_case() {
        JsonPath answer = Gql.as("investigator", "query($id: ID!) { case(id: $id) { id } }", Map.of("id", ids.get("Accused")))
                .extract().jsonPath();
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void the_registered_node_operation_runs_by_its_hash_in_tests_too() throws Exception {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("operations/Node.graphql")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        JsonPath answer = given().auth().oauth2(Tokens.of("judge")).contentType(ContentType.JSON)
                .body(Map.of("documentId", "sha256:" + hash, "variables", Map.of("id", ids.get("BailApplication"))))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getString("data.node.__typename")).isEqualTo("BailApplication");
        assertThat(answer.getString("data.node.court")).as(answer.prettify()).isEqualTo("SESSIONS-COURT-LAHORE");
    }
}
