package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network around a case and a person, end to end with the demo realm's real tokens (issue 18
 * item 4): one recruiter accused in two Lahore cases and one Karachi case, a transporter working
 * with him in the second Lahore case, a victim of the first, and an accused of Karachi's case that
 * Lahore must never see. Every role asks; what each must not see is checked in the answer and in
 * the GraphML document, which is parsed.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkApiTest {

    private static final String DAY = "2021-09-14";
    private static final String NETWORK = """
            query($caseId: ID, $personId: ID, $depth: Int, $maxNodes: Int) {
              network(caseId: $caseId, personId: $personId, depth: $depth, maxNodes: $maxNodes) {
                caseId personId depth maxNodes truncated casesInOtherOffices howToAskForAccess
                persons { personId names roles casesInOtherOffices }
                cases { caseId firNumber office status routes }
                victims { pseudonym caseId recruiterRelation }
                links { kind from to caseId roles recruiterRelation }
                graphml } }""";
    private static final String VICTIM_NAME = "Nargis Secretname";
    private static final String HIDDEN_ACCUSED = "Karachi Unseen Agent";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String recruiter;
    private String transporter;
    private String lahore;
    private String lahore2;
    private String karachi;
    private String pseudonym;

    private String registered(String user, String office) {
        String id = CaseStoryApiTest.ok(user, "registerCase", Map.of("firNumber", "NW-" + tag + "-" + office.length() + UUID.randomUUID().toString().substring(0, 4),
                "office", office, "registeredOn", DAY, "sections", List.of("PACHTO-3"))).getString("id");
        CaseStoryApiTest.ok(user, "startInvestigation", Map.of("caseId", id, "startedOn", DAY));
        return id;
    }

    private String accuse(String user, String caseId, String personId, String name, String role, List<String> links) {
        Map<String, Object> input = new HashMap<>(Map.of("caseId", caseId, "name", name, "roles", List.of(role),
                "nationality", "PK"));
        if (personId != null) {
            input.put("personId", personId);
        }
        if (links != null) {
            input.put("links", links);
        }
        JsonPath c = CaseStoryApiTest.ok(user, "addAccused", input);
        return c.getString("accused.find { it.name == '" + name + "' }.id");
    }

    @BeforeEach
    void network() {
        if (lahore != null) {
            return; // made once, before the first test (the application is not up for @BeforeAll)
        }
        lahore = registered("investigator", "FIA-AHTC-LAHORE");
        recruiter = accuse("investigator", lahore, null, "Rashid " + tag, "RECRUITER", null);
        pseudonym = CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", lahore,
                "identity", Map.of("name", VICTIM_NAME, "cnic", "35202-1111111-8", "address", "Secret Street 5"),
                "gender", "FEMALE", "dateOfBirth", "2000-05-01", "nationality", "PK",
                "recruiterRelation", "FRIEND")).getString("victims[0].pseudonym");
        lahore2 = registered("investigator", "FIA-AHTC-LAHORE");
        accuse("investigator", lahore2, recruiter, "Rasheed " + tag, "RECRUITER", null);
        transporter = accuse("investigator", lahore2, null, "Aslam <Transporter> & " + tag, "TRANSPORTER", List.of(recruiter));
        karachi = registered("investigator2", "FIA-AHTC-KARACHI");
        accuse("investigator2", karachi, recruiter, "Mohd Rashid " + tag, "RECRUITER", null);
        accuse("investigator2", karachi, null, HIDDEN_ACCUSED + " " + tag, "TRANSPORTER", null);
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", lahore, "prosecutor", CaseStoryApiTest.idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", CaseStoryApiTest.idOf("judge")));
    }

    private static JsonPath network(String user, Map<String, Object> variables) {
        return Gql.as(user, NETWORK, variables).extract().jsonPath();
    }

    private JsonPath around(String user, String caseId) {
        return network(user, Map.of("caseId", caseId));
    }

    private static JsonPath ok(JsonPath answer) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    private static Document parsed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void the_office_investigator_sees_the_office_s_cases_and_karachi_s_only_as_a_count() throws Exception {
        JsonPath answer = ok(around("investigator", lahore));
        assertThat(answer.getList("data.network.cases.caseId")).containsExactlyInAnyOrder(lahore, lahore2);
        assertThat(answer.getList("data.network.persons.personId")).containsExactlyInAnyOrder(recruiter, transporter);
        assertThat(answer.getInt("data.network.casesInOtherOffices")).isEqualTo(1);
        assertThat(answer.getInt("data.network.persons.find { it.personId == '" + recruiter + "' }.casesInOtherOffices")).isEqualTo(1);
        assertThat(answer.getString("data.network.howToAskForAccess")).contains("Ask an admin");
        assertThat(answer.getList("data.network.persons.find { it.personId == '" + recruiter + "' }.names"))
                .containsExactlyInAnyOrder("Rashid " + tag, "Rasheed " + tag);
        assertThat(answer.getList("data.network.victims.pseudonym")).containsExactly(pseudonym);
        assertThat(answer.getString("data.network.victims[0].recruiterRelation")).isEqualTo("FRIEND");
        assertThat(answer.getList("data.network.links.kind")).contains("ACCUSED_IN", "VICTIM_IN", "WORKS_WITH");
        assertThat(answer.getBoolean("data.network.truncated")).isFalse();
        assertThat(answer.getInt("data.network.depth")).isEqualTo(2);
        String everything = answer.prettify();
        assertThat(everything).doesNotContain(karachi, "FIA-AHTC-KARACHI", HIDDEN_ACCUSED, "Mohd Rashid", VICTIM_NAME,
                "35202-1111111-8", "Secret Street");

        String graphml = answer.getString("data.network.graphml");
        Document doc = parsed(graphml);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").getLength())
                .isEqualTo(2 + 2 + 1);
        assertThat(doc.getDocumentElement().getTextContent()).contains("Aslam <Transporter> & " + tag, pseudonym);
        assertThat(graphml).doesNotContain(karachi, HIDDEN_ACCUSED, "Mohd Rashid", VICTIM_NAME, "Secret Street");
    }

    @Test
    void every_role_gets_what_its_place_on_the_cases_allows() {
        // Assigned to the first Lahore case only: the second is another's, so only counted.
        for (String user : List.of("prosecutor", "judge")) {
            JsonPath answer = ok(around(user, lahore));
            assertThat(answer.getList("data.network.cases.caseId")).as(user).containsExactly(lahore);
            assertThat(answer.getList("data.network.persons.personId")).as(user).containsExactly(recruiter);
            assertThat(answer.getInt("data.network.casesInOtherOffices")).as(user).isEqualTo(2);
            assertThat(answer.prettify()).as(user).doesNotContain(lahore2, karachi, "Aslam", "Rasheed", HIDDEN_ACCUSED);
        }
        Map<String, String> refused = Map.of("investigator2", "NOT_FOUND", "prosecutor2", "NOT_FOUND", "judge2", "NOT_FOUND",
                "police", "NOT_FOUND", "analyst", "FORBIDDEN", "auditor", "FORBIDDEN");
        refused.forEach((user, code) -> {
            JsonPath answer = around(user, lahore);
            assertThat(answer.getString("errors[0].extensions.code")).as(user + ": " + answer.prettify()).isEqualTo(code);
            assertThat(answer.prettify()).as(user).doesNotContain(tag);
        });
        JsonPath admin = ok(around("admin", lahore));
        assertThat(admin.getList("data.network.cases.caseId")).containsExactlyInAnyOrder(lahore, lahore2, karachi);
        assertThat(admin.getInt("data.network.casesInOtherOffices")).isZero();
        assertThat(admin.prettify()).contains(HIDDEN_ACCUSED);

        JsonPath karachiSide = ok(around("investigator2", karachi));
        assertThat(karachiSide.getList("data.network.cases.caseId")).containsExactly(karachi);
        assertThat(karachiSide.getInt("data.network.casesInOtherOffices")).isEqualTo(2);
        assertThat(karachiSide.prettify()).doesNotContain(lahore, lahore2, "Aslam", VICTIM_NAME, pseudonym);
    }

    @Test
    void around_a_person_it_starts_from_the_person_s_cases_the_caller_may_see() {
        JsonPath answer = ok(network("investigator", Map.of("personId", recruiter, "depth", 1)));
        assertThat(answer.getString("data.network.personId")).isEqualTo(recruiter);
        assertThat(answer.getList("data.network.cases.caseId")).containsExactlyInAnyOrder(lahore, lahore2);
        assertThat(network("police", Map.of("personId", recruiter)).getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(network("investigator", Map.of("personId", UUID.randomUUID().toString()))
                .getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void a_network_over_its_size_is_cut_and_says_so() {
        JsonPath answer = ok(network("investigator", Map.of("caseId", lahore, "maxNodes", 2)));
        assertThat(answer.getBoolean("data.network.truncated")).isTrue();
        int nodes = answer.getList("data.network.persons").size() + answer.getList("data.network.cases").size()
                + answer.getList("data.network.victims").size();
        assertThat(nodes).isEqualTo(2);
        assertThat(answer.getList("data.network.cases.caseId")).contains(lahore);
    }

    @Test
    void bounds_and_starts_out_of_range_are_bad_input_naming_the_rule_and_are_not_audited() {
        long reads = networkReads();
        Map<Map<String, Object>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(Map.of("caseId", lahore, "depth", 0), "NETWORK_DEPTH");
        bad.put(Map.of("caseId", lahore, "depth", 4), "NETWORK_DEPTH");
        bad.put(Map.of("caseId", lahore, "depth", -2147483648), "NETWORK_DEPTH");
        bad.put(Map.of("caseId", lahore, "maxNodes", 0), "NETWORK_SIZE");
        bad.put(Map.of("caseId", lahore, "maxNodes", 201), "NETWORK_SIZE");
        bad.put(Map.of("caseId", lahore, "personId", recruiter), "NETWORK_START");
        bad.put(Map.of(), "NETWORK_START");
        bad.put(Map.of("caseId", "not-an-id"), "ID_FORMAT");
        bad.put(Map.of("personId", " "), "REQUIRED");
        bad.forEach((variables, rule) -> {
            JsonPath answer = network("investigator", variables);
            assertThat(answer.getString("errors[0].extensions.code")).as(variables + ": " + answer.prettify()).isEqualTo("BAD_INPUT");
            assertThat(answer.getString("errors[0].extensions.rule")).as(variables.toString()).isEqualTo(rule);
            assertThat((Object) answer.get("data.network")).isNull();
        });
        assertThat(networkReads()).isEqualTo(reads);
    }

    @Test
    void every_read_is_on_the_trail_of_the_case_it_started_from() {
        ok(around("investigator", lahore));
        List<Map<String, Object>> entries = trail();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("READ_NETWORK");
            assertThat((String) e.get("detail")).contains("network around case " + lahore, "1 case(s) not open to the caller");
        });
    }

    /** Reading the trail is on the trail too: only the network's entries are counted. */
    private long networkReads() {
        return trail().stream().filter(e -> "READ_NETWORK".equals(e.get("action"))).count();
    }

    private List<Map<String, Object>> trail() {
        return Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) { edges { node { action detail } } } }",
                Map.of("id", lahore)).extract().jsonPath().getList("data.auditTrail.edges.node");
    }
}
