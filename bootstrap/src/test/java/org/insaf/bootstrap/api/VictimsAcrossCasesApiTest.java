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
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One victim trafficked twice, end to end with the demo realm's real tokens (issue 18 items 1 and
 * 6): an earlier case of FIA-AHTC-LAHORE (2019), a new one of the same office (2022) assigned to
 * {@code prosecutor} and {@code judge}, and a case of FIA-AHTC-KARACHI (investigator2) sharing her
 * phone. Every role asks for the new victim's history and tries every victim mutation: the people of
 * the new case see that she was trafficked before, with the earlier FIR and pseudonym; only those who
 * may read the earlier case's identities see hers; Karachi is only counted, and sees Lahore only as a count.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VictimsAcrossCasesApiTest {

    private static final String HISTORY = """
            query($caseId: ID!, $victimId: ID!, $with: Boolean) {
              victimHistory(caseId: $caseId, victimId: $victimId, withIdentities: $with) {
                victimId pseudonym traffickedBefore casesInOtherOffices
                otherCases { caseId firNumber registeredOn earlier victimId pseudonym reasons confirmed identity { name } }
                person { names fatherName cnic passport phones district } } }""";

    /** The answer of each role to each operation on the new Lahore case: OK or the error's code. */
    static final String MATRIX = """
            operation               investigator investigator2 prosecutor prosecutor2 judge     judge2    analyst   admin     auditor
            victimHistory           OK           NOT_FOUND     OK         NOT_FOUND   OK        NOT_FOUND NOT_FOUND OK        NOT_FOUND
            recordVictimParticulars OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            confirmVictimLink       OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            rejectVictimCandidate   OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            separateVictim          OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            """;

    // A surname and a phone of this run only, so that no other run's victims match.
    private final Random random = new Random();
    private final String surname = "Vv" + random.ints(7, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    private final String phone = "0333-" + (1_000_000 + random.nextInt(8_999_999));

    private String earlierFir;
    private String earlier;
    private String earlierVictim;
    private String fresh;
    private String freshVictim;
    private String karachi;
    private String karachiVictim;

    private String[] caseWith(String user, String office, String day, String name) {
        String fir = "VX-" + UUID.randomUUID();
        String id = CaseStoryApiTest.ok(user, "registerCase", Map.of("firNumber", fir, "office", office,
                "registeredOn", day, "sections", List.of("PTPA-3"))).getString("id");
        String victim = CaseStoryApiTest.ok(user, "addVictim", Map.of("caseId", id, "identity", Map.of("name", name),
                "estimatedAge", 19, "estimatedOn", day)).getString("victims[0].id");
        return new String[] {id, victim, fir};
    }

    private static JsonPath record(String user, Map<String, Object> input) {
        return Gql.as(user, "mutation($input: RecordVictimParticularsInput!) { recordVictimParticulars(input: $input) }",
                Map.of("input", input)).extract().jsonPath();
    }

    private static JsonPath pair(String user, String mutation, String caseId, String victimId, String otherId, String reason) {
        return Gql.as(user, "mutation($input: VictimLinkInput!) { " + mutation + "(input: $input) }",
                Map.of("input", Map.of("caseId", caseId, "victimId", victimId, "otherVictimId", otherId, "reason", reason)))
                .extract().jsonPath();
    }

    private static JsonPath history(String user, String caseId, String victimId, boolean withIdentities) {
        return Gql.as(user, HISTORY, Map.of("caseId", caseId, "victimId", victimId, "with", withIdentities))
                .extract().jsonPath();
    }

    private static int version(String caseId) {
        return Gql.as("admin", "query($id: ID!) { case(id: $id) { version } }", Map.of("id", caseId))
                .extract().jsonPath().getInt("data.case.version");
    }

    private static Map<String, Object> particulars(String caseId, String victimId, List<String> names, String father,
                                                   String phone) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("caseId", caseId, "victimId", victimId, "names", names,
                "district", "Kasur"));
        if (father != null) {
            input.put("fatherName", father);
        }
        if (phone != null) {
            input.put("phones", List.of(phone));
        }
        return input;
    }

    private static JsonPath ok(JsonPath answer) {
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    @BeforeEach
    void threeCases() {
        if (earlier != null) {
            return; // made once, before the first test (the application is not up for @BeforeAll)
        }
        String[] a = caseWith("investigator", "FIA-AHTC-LAHORE", "2019-03-01", "Shazia Parveen " + surname);
        earlier = a[0];
        earlierVictim = a[1];
        earlierFir = a[2];
        String[] b = caseWith("investigator", "FIA-AHTC-LAHORE", "2022-06-01", "Mst. Shazia Bibi " + surname);
        fresh = b[0];
        freshVictim = b[1];
        String[] k = caseWith("investigator2", "FIA-AHTC-KARACHI", "2020-01-15", "Shazia " + surname);
        karachi = k[0];
        karachiVictim = k[1];
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", fresh, "prosecutor", CaseStoryApiTest.idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", CaseStoryApiTest.idOf("judge")));
        ok(record("investigator", particulars(earlier, earlierVictim, List.of("Shazia Bibi " + surname, "شازیہ"),
                "Muhammad Asif " + surname, phone)));
        ok(record("investigator", particulars(fresh, freshVictim, List.of("Mst. Shazia " + surname),
                "Mohd. Asif " + surname, null)));
        ok(record("investigator2", particulars(karachi, karachiVictim, List.of("Shazia " + surname), null,
                "+92 " + phone.substring(1).replace("-", " "))));
    }

    @Test
    @Order(1)
    void the_people_of_the_new_case_see_she_was_trafficked_before_and_only_those_who_may_read_it_see_who_she_was() {
        JsonPath lead = ok(history("investigator", fresh, freshVictim, true));
        assertThat(lead.getBoolean("data.victimHistory.traffickedBefore")).isTrue();
        assertThat(lead.getList("data.victimHistory.otherCases.caseId")).containsExactly(earlier);
        assertThat(lead.getString("data.victimHistory.otherCases[0].firNumber")).isEqualTo(earlierFir);
        assertThat(lead.getString("data.victimHistory.otherCases[0].victimId")).isEqualTo(earlierVictim);
        assertThat(lead.getString("data.victimHistory.otherCases[0].pseudonym")).startsWith("V-2019-");
        assertThat(lead.getList("data.victimHistory.otherCases[0].reasons")).containsExactly("SAME_NAME", "SAME_FATHER_NAME",
                "SAME_DISTRICT");
        assertThat(lead.getBoolean("data.victimHistory.otherCases[0].earlier")).isTrue();
        assertThat(lead.getString("data.victimHistory.otherCases[0].identity.name")).isEqualTo("Shazia Parveen " + surname);
        assertThat(lead.getString("data.victimHistory.person.fatherName")).isEqualTo("Mohd. Asif " + surname);

        // Assigned to the new case only: the earlier case of the same office by FIR and pseudonym, never her identity there.
        for (String user : List.of("prosecutor", "judge")) {
            JsonPath seen = ok(history(user, fresh, freshVictim, true));
            assertThat(seen.getBoolean("data.victimHistory.traffickedBefore")).as(user).isTrue();
            assertThat(seen.getString("data.victimHistory.otherCases[0].firNumber")).as(user).isEqualTo(earlierFir);
            assertThat(seen.getString("data.victimHistory.otherCases[0].pseudonym")).as(user).startsWith("V-2019-");
            assertThat((Object) seen.get("data.victimHistory.otherCases[0].identity")).as(user).isNull();
            assertThat(seen.prettify()).as(user).doesNotContain("Parveen").doesNotContain("Shazia Bibi");
            // They may read the new case's identities, so its victim's person is theirs to read.
            assertThat(seen.getList("data.victimHistory.person.names")).as(user).containsExactly("Mst. Shazia " + surname);
        }

        // An admin sees every case's reference, never an identity.
        JsonPath admin = ok(history("admin", fresh, freshVictim, true));
        assertThat(admin.getList("data.victimHistory.otherCases.caseId")).containsExactly(earlier);
        assertThat((Object) admin.get("data.victimHistory.person")).isNull();
        assertThat(admin.prettify()).doesNotContain(surname);

        // Without withIdentities no identity is read, and none is audited.
        JsonPath plain = ok(history("investigator", fresh, freshVictim, false));
        assertThat((Object) plain.get("data.victimHistory.otherCases[0].identity")).isNull();
        assertThat((Object) plain.get("data.victimHistory.person")).isNull();
        List<String> earlierTrail = trail(earlier).getList("data.auditTrail.edges.node.action");
        assertThat(earlierTrail.stream().filter("READ_VICTIM_IDENTITY"::equals)).hasSize(1);
        assertThat(trail(fresh).getList("data.auditTrail.edges.node.action")).contains("READ_VICTIM_HISTORY",
                "RECORD_VICTIM_PARTICULARS");
    }

    @Test
    @Order(2)
    void karachi_shares_her_phone_and_learns_only_that_cases_of_other_offices_exist() {
        ok(record("investigator", particulars(fresh, freshVictim, List.of("Shazia " + surname), null, phone)));
        JsonPath lahore = ok(history("investigator", fresh, freshVictim, false));
        assertThat(lahore.getList("data.victimHistory.otherCases.caseId")).containsExactly(earlier);
        assertThat(lahore.getList("data.victimHistory.otherCases[0].reasons"))
                .containsExactlyInAnyOrder("SAME_NAME", "SAME_FATHER_NAME", "SAME_DISTRICT", "SAME_PHONE");
        assertThat(lahore.getInt("data.victimHistory.casesInOtherOffices")).isEqualTo(1);
        assertThat(lahore.prettify()).doesNotContain(karachi).doesNotContain(karachiVictim);

        JsonPath there = ok(history("investigator2", karachi, karachiVictim, true));
        assertThat(there.getList("data.victimHistory.otherCases")).isEmpty();
        assertThat(there.getInt("data.victimHistory.casesInOtherOffices")).isEqualTo(2);
        assertThat(there.getBoolean("data.victimHistory.traffickedBefore")).isTrue();
        assertThat(there.prettify()).doesNotContain(earlier).doesNotContain(fresh).doesNotContain(earlierFir)
                .doesNotContain("V-2019-").doesNotContain("V-2022-");

        JsonPath admin = ok(history("admin", fresh, freshVictim, false));
        assertThat(admin.getList("data.victimHistory.otherCases.caseId")).containsExactly(earlier, karachi);
        assertThat(admin.getInt("data.victimHistory.casesInOtherOffices")).isZero();
    }

    @Test
    @Order(3)
    void every_role_gets_the_answer_of_the_table_and_a_refusal_changes_nothing() {
        // The investigator's successes are told by the other tests; no refusal shows the name or the earlier pseudonym.
        RoleTable.check(MATRIX, "victimHistory", (operation, user) -> switch (operation) {
            case "victimHistory" -> history(user, fresh, freshVictim, true);
            case "recordVictimParticulars" -> record(user, particulars(fresh, freshVictim, List.of("Shazia " + surname),
                    "Asif " + surname, null));
            default -> pair(user, operation, fresh, freshVictim, earlierVictim, "by " + user);
        }, () -> version(fresh), surname);
        JsonPath refused = pair("prosecutor", "confirmVictimLink", fresh, freshVictim, earlierVictim, "by prosecutor");
        assertThat(refused.prettify()).doesNotContain("V-2019-");
    }

    @Test
    @Order(4)
    void a_link_confirmed_then_undone_changes_no_case_and_is_on_the_trail() {
        int[] before = {version(earlier), version(fresh), version(karachi)};
        JsonPath hidden = pair("investigator", "confirmVictimLink", fresh, freshVictim, karachiVictim, "a guess");
        assertThat(hidden.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");

        ok(pair("investigator", "confirmVictimLink", fresh, freshVictim, earlierVictim,
                "her mother identified her photograph in both FIRs"));
        assertThat(ok(history("prosecutor", fresh, freshVictim, false)).getBoolean("data.victimHistory.otherCases[0].confirmed"))
                .isTrue();
        JsonPath twice = pair("investigator", "confirmVictimLink", earlier, earlierVictim, freshVictim, "again");
        assertThat(twice.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(twice.getString("errors[0].extensions.rule")).isEqualTo("VICTIM_LINK");

        ok(pair("investigator", "separateVictim", fresh, freshVictim, earlierVictim, "her cousin of the same name"));
        JsonPath again = pair("investigator", "separateVictim", fresh, freshVictim, earlierVictim, "again");
        assertThat(again.getString("errors[0].extensions.rule")).isEqualTo("VICTIM_UNLINK");
        assertThat(new int[] {version(earlier), version(fresh), version(karachi)}).isEqualTo(before);

        JsonPath trail = trail(fresh);
        assertThat(trail.getList("data.auditTrail.edges.node.action")).contains("CONFIRM_VICTIM_LINK", "SEPARATE_VICTIM");
        assertThat(trail.prettify()).contains("her photograph in both FIRs", "her cousin of the same name")
                .doesNotContain(surname);

        ok(pair("investigator", "rejectVictimCandidate", fresh, freshVictim, earlierVictim, "different district of birth"));
        assertThat(ok(history("investigator", fresh, freshVictim, false)).getList("data.victimHistory.otherCases")).isEmpty();
        assertThat(ok(history("investigator", earlier, earlierVictim, false)).getList("data.victimHistory.otherCases")).isEmpty();
    }

    @Test
    @Order(5)
    void bad_particulars_and_ids_are_refused_naming_the_rule_and_echo_nothing() {
        JsonPath phone = record("investigator", particulars(fresh, freshVictim, List.of("Shazia"), null, "12-34"));
        assertThat(phone.getString("errors[0].extensions.code")).as(phone.prettify()).isEqualTo("BAD_INPUT");
        assertThat(phone.getString("errors[0].extensions.rule")).isEqualTo("PHONE_FORMAT");
        Map<String, Object> cnic = particulars(fresh, freshVictim, List.of("Shazia " + surname), null, null);
        cnic.put("cnic", "3520212345671");
        JsonPath badCnic = record("investigator", cnic);
        assertThat(badCnic.getString("errors[0].extensions.rule")).as(badCnic.prettify()).isEqualTo("CNIC_FORMAT");
        assertThat(badCnic.prettify()).doesNotContain("3520212345671").doesNotContain(surname);
        JsonPath itself = pair("investigator", "confirmVictimLink", fresh, freshVictim, freshVictim, "x");
        assertThat(itself.getString("errors[0].extensions.rule")).as(itself.prettify()).isEqualTo("VICTIM_LINK");
        JsonPath notHers = history("investigator", fresh, earlierVictim, false);
        assertThat(notHers.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath noSuch = history("investigator", fresh, UUID.randomUUID().toString(), false);
        assertThat(noSuch.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    private static JsonPath trail(String caseId) {
        return Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                + "{ edges { node { action actorId detail } } } }", Map.of("id", caseId)).extract().jsonPath();
    }
}
