package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cause list, the desks and the queues (issue 19 items 1 and 2), end to end with the real
 * tokens of the demo realm. A court of its own (a name no other test uses) holds three trials fixed
 * for one day: two of the Lahore circle assigned to {@code prosecutor} and {@code judge} (one with
 * an accused in custody, named {@code <script>}), one of the Lahore circle assigned to
 * {@code prosecutor2} and {@code judge2}. Investigations of the Lahore circle registered 20, 12 and
 * 5 days ago sit in its queue. Every victim has an identity that must appear nowhere.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskApiTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String COURT = "SESSIONS-COURT-DESK-" + SUFFIX;
    private static final String SMALL_COURT = "SESSIONS-COURT-DESK-SMALL-" + SUFFIX;
    private static final String DAY = "2031-06-17";
    private static final String SECRET = "Secret Desk Victim " + SUFFIX;
    private static final String SCRIPT = "<script>alert(\"x\" & 1)</script>";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    private static final String CAUSE_LIST = """
            query($court: String!, $date: Date!) { causeList(court: $court, date: $date) { court date order
              entries { serial lastHearing lastProceedings
                case { caseId firNumber registeredAt office registeredOn status stage due title
                  accused { name custody } victimPseudonyms } } } }""";
    private static final String ITEM = """
            edges { cursor node { dueOn dueAt dueUnder bucket
              case { caseId firNumber office status stage due title accused { name custody } victimPseudonyms } } }
            pageInfo { hasNextPage endCursor } counts { overdue thisWeek later undated } today""";
    private static final String DESK = "query($first: Int!, $after: String) { myDesk(first: $first, after: $after) { "
            + ITEM + " } }";
    private static final String QUEUE = "query($first: Int!, $after: String) { officeQueue(first: $first, after: $after) { "
            + ITEM + " } }";

    @Inject
    SessionFactory sessionFactory;

    private String custodyCase;
    private String olderCase;
    private String otherCase;
    private String smallCourtCase;
    private String overdueInvestigation;
    private String thisWeekInvestigation;
    private String laterInvestigation;

    private static JsonPath ok(String user, String mutation, Map<String, Object> input) {
        JsonPath result = Gql.as(user, "mutation($input: " + CaseStoryApiTest.capitalize(mutation) + "Input!) { "
                + mutation + "(input: $input) { case { id accused { id } victims { id pseudonym } } } }",
                Map.of("input", input)).extract().jsonPath();
        assertThat(result.getList("errors")).as(mutation + " by " + user + ": " + result.prettify()).isNull();
        return result.setRootPath("data." + mutation + ".case");
    }

    /** A Lahore investigation with a victim (identity {@link #SECRET}) and an accused. */
    private static String[] investigation(LocalDate registeredOn, String accused) {
        String on = registeredOn.toString();
        String id = ok("investigator", "registerCase", Map.of("firNumber", "DESK-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", on, "sections", List.of("PTPA-3"))).getString("id");
        ok("investigator", "startInvestigation", Map.of("caseId", id, "startedOn", on));
        String victim = ok("investigator", "addVictim", Map.of("caseId", id, "identity", Map.of("name", SECRET),
                "gender", "MALE", "estimatedAge", 30, "estimatedOn", on)).getString("victims[0].id");
        String accusedId = ok("investigator", "addAccused", Map.of("caseId", id, "name", accused,
                "roles", List.of("RECRUITER"))).getString("accused[0].id");
        ok("investigator", "recordFacts", Map.of("caseId", id, "facts", Map.of(
                "acts", List.of("RECRUITMENT"), "means", List.of("FRAUD"), "purposes", List.of("FORCED_LABOUR"),
                "route", List.of("PK"), "offenceDate", registeredOn.minusDays(30).toString())));
        return new String[]{id, victim, accusedId};
    }

    /** A trial at the court whose latest hearing fixed {@code next} for the next one. */
    private static String trial(LocalDate registeredOn, String accused, boolean inCustody, String prosecutor,
                                String judge, String court, String next) {
        String[] c = investigation(registeredOn, accused);
        String id = c[0];
        String on = registeredOn.toString();
        if (inCustody) {
            ok("investigator", "arrestAccused", Map.of("caseId", id, "accusedId", c[2], "arrestedOn", on));
        }
        ok("admin", "assignCase", Map.of("caseId", id, "prosecutor", CaseStoryApiTest.idOf(prosecutor), "court", court,
                "judge", CaseStoryApiTest.idOf(judge)));
        ok(prosecutor, "fileChargeSheet", Map.of("caseId", id, "filedOn", on, "charges", List.of(
                Map.of("accusedId", c[2], "statute", "PTPA-3", "victimIds", List.of(c[1])))));
        ok(judge, "openTrial", Map.of("caseId", id, "openedOn", on));
        ok(judge, "recordHearing", Map.of("caseId", id, "date", on, "court", court,
                "proceedings", "Charge framed", "nextDate", registeredOn.plusDays(1).toString()));
        ok(judge, "recordHearing", Map.of("caseId", id, "date", registeredOn.plusDays(1).toString(), "court", court,
                "proceedings", "Prosecution witness absent; adjourned", "nextDate", next));
        return id;
    }

    // Made by the first test, not in @BeforeAll: the HTTP port is set once the application is up.
    @BeforeEach
    void cases() {
        if (laterInvestigation != null) {
            return;
        }
        LocalDate trials = TODAY.minusDays(200);
        olderCase = trial(trials.minusDays(10), "Older Accused", false, "prosecutor", "judge", COURT, DAY);
        custodyCase = trial(trials, SCRIPT, true, "prosecutor", "judge", COURT, DAY);
        otherCase = trial(trials, "Other Accused", false, "prosecutor2", "judge2", COURT, DAY);
        smallCourtCase = trial(trials, "Small Court Accused", false, "prosecutor", "judge", SMALL_COURT, DAY);
        overdueInvestigation = investigation(TODAY.minusDays(20), "Overdue Report Accused")[0];
        thisWeekInvestigation = investigation(TODAY.minusDays(12), "This Week Accused")[0];
        laterInvestigation = investigation(TODAY.minusDays(5), "Later Accused")[0];
    }

    private static JsonPath causeList(String user, String court, String date) {
        return Gql.as(user, CAUSE_LIST, Map.of("court", court, "date", date)).extract().jsonPath();
    }

    private static List<String> listed(String user) {
        JsonPath answer = causeList(user, COURT, DAY);
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer.getList("data.causeList.entries.case.caseId");
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    private static String rule(JsonPath answer) {
        return answer.getString("errors[0].extensions.rule");
    }

    @Test
    void the_cause_list_calls_the_custody_case_first_then_the_oldest_and_numbers_them() {
        JsonPath answer = causeList("admin", COURT, DAY);
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getList("data.causeList.entries.case.caseId")).containsExactly(custodyCase, olderCase, otherCase);
        assertThat(answer.getList("data.causeList.entries.serial")).containsExactly(1, 2, 3);
        assertThat(answer.getString("data.causeList.court")).isEqualTo(COURT);
        assertThat(answer.getString("data.causeList.order")).startsWith("cases with an accused in custody first");
        assertThat(answer.getString("data.causeList.entries[0].case.title")).isEqualTo("State vs " + SCRIPT);
        assertThat(answer.getString("data.causeList.entries[0].case.accused[0].custody")).isEqualTo("IN_CUSTODY");
        assertThat(answer.getString("data.causeList.entries[1].case.accused[0].custody")).isEqualTo("NOT_ARRESTED");
        assertThat(answer.getString("data.causeList.entries[0].case.stage")).isEqualTo("EVIDENCE");
        assertThat(answer.getString("data.causeList.entries[0].case.registeredAt")).isEqualTo("FIA-AHTC-LAHORE");
        assertThat(answer.getString("data.causeList.entries[0].lastProceedings"))
                .isEqualTo("Prosecution witness absent; adjourned");
        assertThat(answer.getString("data.causeList.entries[0].case.victimPseudonyms[0]")).matches("V-[0-9]{4}-[0-9]{6}");
    }

    @Test
    void each_role_sees_the_hearings_of_the_cases_open_to_it_and_no_other() {
        assertThat(listed("prosecutor")).containsExactly(custodyCase, olderCase);
        assertThat(listed("judge")).containsExactly(custodyCase, olderCase);
        assertThat(listed("prosecutor2")).containsExactly(otherCase);
        assertThat(listed("judge2")).containsExactly(otherCase);
        assertThat(listed("investigator")).as("the Lahore circle's cases").containsExactly(custodyCase, olderCase, otherCase);
        assertThat(listed("investigator2")).as("a Karachi investigator").isEmpty();
        assertThat(listed("police")).as("a police station").isEmpty();
        assertThat(code(causeList("analyst", COURT, DAY))).isEqualTo("FORBIDDEN");
        assertThat(code(causeList("auditor", COURT, DAY))).isEqualTo("FORBIDDEN");
    }

    @Test
    void an_adjourned_hearing_leaves_the_day_it_no_longer_holds() {
        JsonPath before = causeList("admin", COURT, TODAY.minusDays(199).toString());
        assertThat(before.getList("data.causeList.entries")).as("replaced by the adjournment").isEmpty();
    }

    @Test
    void no_victim_identity_is_in_any_answer() {
        for (String user : List.of("admin", "prosecutor", "judge", "investigator")) {
            String body = Gql.as(user, CAUSE_LIST, Map.of("court", COURT, "date", DAY)).extract().asString();
            assertThat(body).doesNotContain(SECRET);
        }
        for (String user : List.of("prosecutor", "judge")) {
            assertThat(Gql.as(user, DESK, Map.of("first", 100)).extract().asString()).doesNotContain(SECRET);
        }
        assertThat(Gql.as("investigator", QUEUE, Map.of("first", 100)).extract().asString()).doesNotContain(SECRET);
    }

    @Test
    void bad_input_is_refused_with_its_rule_and_changes_nothing() {
        JsonPath unknown = causeList("admin", "NO-SUCH-COURT-" + SUFFIX, DAY);
        assertThat(code(unknown)).as(unknown.prettify()).isEqualTo("BAD_INPUT");
        assertThat(rule(unknown)).isEqualTo("COURT_UNKNOWN");
        JsonPath blank = causeList("admin", "  ", DAY);
        assertThat(code(blank)).isEqualTo("BAD_INPUT");
        assertThat(rule(blank)).isEqualTo("REQUIRED");
        JsonPath tooLong = causeList("admin", "C".repeat(201), DAY);
        assertThat(rule(tooLong)).isEqualTo("INPUT_TOO_LONG");
        JsonPath notADay = causeList("admin", COURT, "2026-02-30");
        assertThat(code(notADay)).as(notADay.prettify()).isEqualTo("BAD_INPUT");

        for (String query : List.of(DESK, QUEUE)) {
            String user = query == DESK ? "prosecutor" : "investigator";
            JsonPath big = Gql.as(user, query, Map.of("first", 101)).extract().jsonPath();
            assertThat(rule(big)).as(big.prettify()).isEqualTo("PAGE_SIZE");
            JsonPath none = Gql.as(user, query, Map.of("first", 0)).extract().jsonPath();
            assertThat(rule(none)).isEqualTo("PAGE_SIZE");
            Map<String, Object> forged = new HashMap<>(Map.of("first", 5, "after", "bm90LWEtY3Vyc29y"));
            assertThat(rule(Gql.as(user, query, forged).extract().jsonPath())).isEqualTo("CURSOR_FORMAT");
        }
        // A desk's cursor is not a queue's, nor a case list's.
        String deskCursor = Gql.as("prosecutor", DESK, Map.of("first", 1)).extract().jsonPath()
                .getString("data.myDesk.pageInfo.endCursor");
        assertThat(deskCursor).isNotNull();
        assertThat(rule(Gql.as("investigator", QUEUE, new HashMap<>(Map.of("first", 5, "after", deskCursor)))
                .extract().jsonPath())).isEqualTo("CURSOR_FORMAT");
        String casesCursor = Gql.as("prosecutor", "{ cases(first: 1) { pageInfo { endCursor } } }").extract().jsonPath()
                .getString("data.cases.pageInfo.endCursor");
        assertThat(rule(Gql.as("prosecutor", DESK, new HashMap<>(Map.of("first", 5, "after", casesCursor)))
                .extract().jsonPath())).isEqualTo("CURSOR_FORMAT");
        assertThat(listed("admin")).as("nothing changed").containsExactly(custodyCase, olderCase, otherCase);
    }

    /** Every page of a desk or queue, following the cursors. */
    private static List<Map<String, Object>> walk(String user, String query, String field, int first) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 1000; guard++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", first);
            variables.put("after", after);
            JsonPath page = Gql.as(user, query, variables).extract().jsonPath();
            assertThat(page.getList("errors")).as(page.prettify()).isNull();
            all.addAll(page.getList("data." + field + ".edges.node"));
            if (!page.getBoolean("data." + field + ".pageInfo.hasNextPage")) {
                return all;
            }
            after = page.getString("data." + field + ".pageInfo.endCursor");
        }
        throw new AssertionError("more pages than a test makes");
    }

    @SuppressWarnings("unchecked")
    private static String caseId(Map<String, Object> node) {
        return (String) ((Map<String, Object>) node.get("case")).get("caseId");
    }

    /** The pages hold every case once, soonest due first (undated last), as many as the counts say. */
    private static void soonestFirstAndCounted(String user, String query, String field) {
        List<Map<String, Object>> small = walk(user, query, field, 7);
        List<Map<String, Object>> large = walk(user, query, field, 100);
        assertThat(small.stream().map(DeskApiTest::caseId).toList())
                .isEqualTo(large.stream().map(DeskApiTest::caseId).toList());
        assertThat(new HashSet<>(large.stream().map(DeskApiTest::caseId).toList())).hasSize(large.size());
        List<String> days = large.stream().map(n -> (String) n.get("dueOn")).map(d -> d == null ? "9999-12-31" : d).toList();
        assertThat(days).isSorted();
        JsonPath counts = Gql.as(user, query, Map.of("first", 1)).extract().jsonPath();
        long overdue = large.stream().filter(n -> "OVERDUE".equals(n.get("bucket"))).count();
        long week = large.stream().filter(n -> "THIS_WEEK".equals(n.get("bucket"))).count();
        long later = large.stream().filter(n -> "LATER".equals(n.get("bucket"))).count();
        long undated = large.stream().filter(n -> "UNDATED".equals(n.get("bucket"))).count();
        assertThat(counts.getLong("data." + field + ".counts.overdue")).isEqualTo(overdue);
        assertThat(counts.getLong("data." + field + ".counts.thisWeek")).isEqualTo(week);
        assertThat(counts.getLong("data." + field + ".counts.later")).isEqualTo(later);
        assertThat(counts.getLong("data." + field + ".counts.undated")).isEqualTo(undated);
        assertThat(counts.getString("data." + field + ".today")).isEqualTo(TODAY.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(List<Map<String, Object>> items, String caseId) {
        return items.stream().filter(n -> caseId.equals(caseId(n))).findFirst()
                .orElseThrow(() -> new AssertionError(caseId + " is not in " + items.size() + " items"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_prosecutors_and_a_judges_desk_hold_their_cases_by_the_next_hearing() {
        for (String user : List.of("prosecutor", "judge")) {
            List<Map<String, Object>> desk = walk(user, DESK, "myDesk", 100);
            Map<String, Object> custody = item(desk, custodyCase);
            assertThat(custody.get("dueOn")).isEqualTo(DAY);
            assertThat(custody.get("dueAt")).isEqualTo(COURT);
            assertThat(custody.get("dueUnder")).as("a hearing's date is the court's").isNull();
            assertThat(custody.get("bucket")).isEqualTo("LATER");
            assertThat(((Map<String, Object>) custody.get("case")).get("stage")).isEqualTo("EVIDENCE");
            assertThat(((Map<String, Object>) custody.get("case")).get("due")).isEqualTo("evidence and arguments");
            assertThat(desk.stream().map(DeskApiTest::caseId)).contains(olderCase, smallCourtCase)
                    .doesNotContain(otherCase, overdueInvestigation);
            soonestFirstAndCounted(user, DESK, "myDesk");
        }
        List<String> other = walk("prosecutor2", DESK, "myDesk", 100).stream().map(DeskApiTest::caseId).toList();
        assertThat(other).contains(otherCase).doesNotContain(custodyCase, olderCase);
        for (String user : List.of("investigator", "analyst", "admin", "auditor")) {
            assertThat(code(Gql.as(user, DESK, Map.of("first", 5)).extract().jsonPath())).as(user).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_office_queue_holds_its_open_investigations_with_the_section_173_report_day() {
        List<Map<String, Object>> queue = walk("investigator", QUEUE, "officeQueue", 100);
        Map<String, Object> overdue = item(queue, overdueInvestigation);
        assertThat(overdue.get("dueOn")).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(overdue.get("bucket")).isEqualTo("OVERDUE");
        assertThat(overdue.get("dueUnder")).isEqualTo("s.173(1) CrPC, proviso");
        assertThat(((Map<String, Object>) overdue.get("case")).get("stage")).isEqualTo("INVESTIGATION");
        assertThat(item(queue, thisWeekInvestigation).get("bucket")).isEqualTo("THIS_WEEK");
        assertThat(item(queue, thisWeekInvestigation).get("dueOn")).isEqualTo(TODAY.plusDays(5).toString());
        assertThat(item(queue, laterInvestigation).get("bucket")).isEqualTo("LATER");
        assertThat(queue.stream().map(DeskApiTest::caseId)).as("trials are not investigations")
                .doesNotContain(custodyCase, otherCase);
        soonestFirstAndCounted("investigator", QUEUE, "officeQueue");

        for (String user : List.of("investigator2", "police")) {
            assertThat(walk(user, QUEUE, "officeQueue", 100).stream().map(DeskApiTest::caseId))
                    .as(user).doesNotContain(overdueInvestigation, thisWeekInvestigation, laterInvestigation);
        }
        for (String user : List.of("prosecutor", "judge", "analyst", "admin", "auditor")) {
            assertThat(code(Gql.as(user, QUEUE, Map.of("first", 5)).extract().jsonPath())).as(user).isEqualTo("FORBIDDEN");
        }
    }

    private long statements(String user, String query, Map<String, Object> variables, String sizePath, int size) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        JsonPath answer = Gql.as(user, query, variables).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        assertThat(answer.getList(sizePath)).hasSize(size);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void statements_do_not_grow_with_the_list() {
        long one = statements("admin", CAUSE_LIST, Map.of("court", SMALL_COURT, "date", DAY), "data.causeList.entries", 1);
        long three = statements("admin", CAUSE_LIST, Map.of("court", COURT, "date", DAY), "data.causeList.entries", 3);
        assertThat(one).isPositive().isLessThanOrEqualTo(4);
        assertThat(three).isEqualTo(one);

        long deskOne = statements("prosecutor", DESK, Map.of("first", 1), "data.myDesk.edges", 1);
        long deskThree = statements("prosecutor", DESK, Map.of("first", 3), "data.myDesk.edges", 3);
        assertThat(deskOne).isPositive().isLessThanOrEqualTo(4);
        assertThat(deskThree).isEqualTo(deskOne);

        long queueOne = statements("investigator", QUEUE, Map.of("first", 1), "data.officeQueue.edges", 1);
        long queueThree = statements("investigator", QUEUE, Map.of("first", 3), "data.officeQueue.edges", 3);
        assertThat(queueOne).isPositive().isLessThanOrEqualTo(4);
        assertThat(queueThree).isEqualTo(queueOne);
    }

    private static Response page(String user, String court, String date) {
        String path = "/cause-list/" + URLEncoder.encode(court, StandardCharsets.UTF_8).replace("+", "%20") + "/" + date;
        return user == null ? given().when().get(path) : given().auth().oauth2(Tokens.of(user)).when().get(path);
    }

    @Test
    void the_printable_page_escapes_every_value_and_names_no_victim() {
        Response admin = page("admin", COURT, DAY);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.contentType()).startsWith("text/html");
        String html = admin.asString();
        assertThat(html).contains("State vs &lt;script&gt;alert(&quot;x&quot; &amp; 1)&lt;/script&gt; (in custody)")
                .doesNotContain("<script>").doesNotContain(SECRET).doesNotContain("V-2")
                .contains(COURT).contains("Tuesday 17 June 2031").contains("<th>Next date</th>");
        assertThat(html.indexOf("&lt;script&gt;")).as("the custody case first").isLessThan(html.indexOf("Older Accused"));

        assertThat(page("prosecutor2", COURT, DAY).asString()).contains("Other Accused").doesNotContain("Older Accused");
        assertThat(page("investigator2", COURT, DAY).asString()).contains("No case open to you");
        assertThat(page("analyst", COURT, DAY).statusCode()).isEqualTo(403);
        assertThat(page("auditor", COURT, DAY).statusCode()).isEqualTo(403);
        assertThat(page(null, COURT, DAY).statusCode()).isEqualTo(401);
        Response badDay = page("admin", COURT, "2026-02-30");
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.asString()).startsWith("DATE_FORMAT");
        Response unknown = page("admin", "NO-SUCH-COURT-" + SUFFIX, DAY);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).startsWith("COURT_UNKNOWN");
    }
}
