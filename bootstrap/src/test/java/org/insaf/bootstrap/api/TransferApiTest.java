package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Investigating offices of two agencies and the transfer of a case between them, end to end with
 * the real tokens of the demo realm: {@code investigator} of the FIA circle FIA-AHTC-LAHORE and
 * {@code police}, investigator of the police station PB-LHR-CIVIL-LINES (its token's agency claim
 * is PROVINCIAL_POLICE). Cases are registered on a day no other test uses, so pages stay short.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class TransferApiTest {

    private static final String DAY = "2022-11-17";
    private static final String STATION = "PB-LHR-CIVIL-LINES";
    private static final String OFFICES = """
            query($id: ID!) { case(id: $id) { id version office
              investigatingOffice { agency code province district } registeredAt { agency code }
              transfers { on reason from { agency code } to { agency code province district } }
              assignment { investigator judge } } }""";
    private static final String IDENTITY = "query($id: ID!) { case(id: $id) { victims { identity { name } } } }";
    private static final String PAGE = "query($day: Date!) { cases(first: 100, filter: {registeredFrom: $day, "
            + "registeredTo: $day}) { edges { node { id } } } }";

    private static Map<String, Object> station(String caseId, String reason) {
        return Map.of("caseId", caseId, "agency", "PROVINCIAL_POLICE", "office", STATION, "province", "PUNJAB",
                "district", "Lahore", "reason", reason, "transferredOn", "2022-11-20");
    }

    private static JsonPath read(String user, String query, String caseId) {
        return Gql.as(user, query, Map.of("id", caseId)).extract().jsonPath();
    }

    private static List<String> listed(String user) {
        return Gql.as(user, PAGE, Map.of("day", DAY)).extract().jsonPath().getList("data.cases.edges.node.id");
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    /** A PTPA case of the Lahore circle, trafficking inside Pakistan, with a victim. */
    private static String lahoreCaseInsidePakistan() {
        String id = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "TR-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", DAY, "sections", List.of("PTPA-3"))).getString("id");
        CaseStoryApiTest.ok("investigator", "startInvestigation", Map.of("caseId", id, "startedOn", DAY));
        CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", id, "identity", Map.of("name", "Transfer Victim"),
                "estimatedAge", 30, "estimatedOn", DAY));
        CaseStoryApiTest.ok("investigator", "recordFacts", Map.of("caseId", id, "facts", Map.of(
                "acts", List.of("RECRUITMENT"), "means", List.of("FRAUD"), "purposes", List.of("FORCED_LABOUR"),
                "route", List.of("PK"), "offenceDate", "2022-10-01")));
        return id;
    }

    @Test
    void a_case_moves_from_an_FIA_circle_to_a_police_station_and_access_moves_with_it() {
        String id = lahoreCaseInsidePakistan();
        assertThat(read("investigator", IDENTITY, id).getString("data.case.victims[0].identity.name"))
                .isEqualTo("Transfer Victim");
        assertThat(code(read("police", OFFICES, id))).isEqualTo("NOT_FOUND");
        assertThat(listed("investigator")).contains(id);
        assertThat(listed("police")).doesNotContain(id);
        int before = read("admin", OFFICES, id).getInt("data.case.version");

        // Trafficking inside Pakistan under the PTPA is the police's: not another FIA circle's.
        JsonPath toKarachi = CaseStoryApiTest.mutate("admin", "transferCase", Map.of("caseId", id, "agency", "FIA",
                "office", "FIA-AHTC-KARACHI", "reason", "Accused arrested in Karachi", "transferredOn", "2022-11-20"));
        assertThat(code(toKarachi)).as(toKarachi.prettify()).isEqualTo("INVARIANT_VIOLATED");
        assertThat(toKarachi.getString("errors[0].extensions.rule")).isEqualTo("INVESTIGATING_AGENCY");
        assertThat(code(CaseStoryApiTest.mutate("investigator", "transferCase", station(id, "mine"))))
                .isEqualTo("FORBIDDEN");
        assertThat(read("admin", OFFICES, id).getInt("data.case.version")).as("refusals change nothing")
                .isEqualTo(before);

        JsonPath moved = CaseStoryApiTest.ok("admin", "transferCase", station(id, "Offence committed in Lahore district"));
        assertThat(moved.getString("office")).isEqualTo(STATION);

        JsonPath seen = read("police", OFFICES, id);
        assertThat(seen.getList("errors")).as(seen.prettify()).isNull();
        assertThat(seen.getString("data.case.office")).isEqualTo(STATION);
        assertThat(seen.getMap("data.case.investigatingOffice")).isEqualTo(Map.of("agency", "PROVINCIAL_POLICE",
                "code", STATION, "province", "PUNJAB", "district", "Lahore"));
        assertThat(seen.getMap("data.case.registeredAt")).isEqualTo(Map.of("agency", "FIA", "code", "FIA-AHTC-LAHORE"));
        assertThat(seen.getList("data.case.transfers")).hasSize(1);
        assertThat(seen.getString("data.case.transfers[0].on")).isEqualTo("2022-11-20");
        assertThat(seen.getString("data.case.transfers[0].reason")).isEqualTo("Offence committed in Lahore district");
        assertThat(seen.getString("data.case.transfers[0].from.code")).isEqualTo("FIA-AHTC-LAHORE");
        assertThat(seen.getString("data.case.assignment.investigator")).as("the old lead left").isNull();

        // The old office and its lead: nothing, in details, pages, identities and commands.
        assertThat(code(read("investigator", OFFICES, id))).isEqualTo("NOT_FOUND");
        assertThat(code(read("investigator", IDENTITY, id))).isEqualTo("NOT_FOUND");
        assertThat(listed("investigator")).doesNotContain(id);
        assertThat(code(CaseStoryApiTest.mutate("investigator", "addAccused", Map.of("caseId", id,
                "name", "Late Accused", "roles", List.of("RECRUITER"))))).isEqualTo("NOT_FOUND");

        // The station: the case, its page; identities once its investigator leads the case.
        assertThat(listed("police")).contains(id);
        assertThat(code(read("police", IDENTITY, id))).isEqualTo("FORBIDDEN");
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", id, "investigator", AuthorizationMatrixApiTest.idOf("police")));
        assertThat(read("police", IDENTITY, id).getString("data.case.victims[0].identity.name")).isEqualTo("Transfer Victim");

        JsonPath trail = Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                + "{ edges { node { action detail } } } }", Map.of("id", id)).extract().jsonPath();
        assertThat(trail.getList("data.auditTrail.edges.node.action", String.class)).contains("TRANSFER_CASE");
        assertThat(trail.getList("data.auditTrail.edges.node.detail", String.class))
                .contains("transferred from FIA-AHTC-LAHORE to " + STATION);

        JsonPath again = CaseStoryApiTest.mutate("admin", "transferCase", station(id, "again"));
        assertThat(again.getString("errors[0].extensions.rule")).isEqualTo("TRANSFER_TO_ANOTHER_OFFICE");
    }

    @Test
    void a_police_station_is_named_with_its_province_and_district() {
        String id = lahoreCaseInsidePakistan();
        JsonPath noDistrict = CaseStoryApiTest.mutate("admin", "transferCase", Map.of("caseId", id,
                "agency", "PROVINCIAL_POLICE", "office", STATION, "province", "PUNJAB", "reason", "why",
                "transferredOn", "2022-11-20"));
        assertThat(code(noDistrict)).as(noDistrict.prettify()).isEqualTo("BAD_INPUT");
        assertThat(noDistrict.getString("errors[0].extensions.rule")).isEqualTo("POLICE_STATION_PLACE");
    }

    @Test
    void a_police_station_registers_its_own_cases_which_the_FIA_circles_do_not_see() {
        String fir = "PS-" + UUID.randomUUID();
        JsonPath own = CaseStoryApiTest.ok("police", "registerCase", Map.of("firNumber", fir, "office", STATION,
                "agency", "PROVINCIAL_POLICE", "province", "PUNJAB", "district", "Lahore", "registeredOn", DAY,
                "sections", List.of("PPC-369A")));
        String id = own.getString("id");
        assertThat(own.getString("assignment.investigator")).isEqualTo(AuthorizationMatrixApiTest.idOf("police"));
        assertThat(code(read("investigator", OFFICES, id))).isEqualTo("NOT_FOUND");
        assertThat(read("police", OFFICES, id).getString("data.case.investigatingOffice.agency"))
                .isEqualTo("PROVINCIAL_POLICE");

        JsonPath fiaOnly = CaseStoryApiTest.mutate("police", "registerCase", Map.of("firNumber", fir + "-2",
                "office", STATION, "agency", "PROVINCIAL_POLICE", "province", "PUNJAB", "district", "Lahore",
                "registeredOn", DAY, "sections", List.of("PACHTO-3")));
        assertThat(fiaOnly.getString("errors[0].extensions.rule")).as(fiaOnly.prettify()).isEqualTo("INVESTIGATING_AGENCY");

        JsonPath asFia = CaseStoryApiTest.mutate("police", "registerCase", Map.of("firNumber", fir + "-3",
                "office", STATION, "registeredOn", DAY, "sections", List.of("PPC-369A")));
        assertThat(code(asFia)).as("the token says the police, the input the FIA").isEqualTo("FORBIDDEN");
        JsonPath atTheCircle = CaseStoryApiTest.mutate("investigator", "registerCase", Map.of("firNumber", fir + "-4",
                "office", "FIA-AHTC-LAHORE", "agency", "PROVINCIAL_POLICE", "province", "PUNJAB", "district", "Lahore",
                "registeredOn", DAY, "sections", List.of("PPC-369A")));
        assertThat(code(atTheCircle)).isEqualTo("FORBIDDEN");
    }
}
