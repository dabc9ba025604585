package org.insaf.bootstrap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.insaf.adapters.graphql.engine.fast.FastReads;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.contract.ContractCases;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast read path (adapters-graphql engine.fast) answers exactly what SmallRye's execution
 * answers: every question below is asked with the path off and then on, by every role, with real
 * tokens, and the two HTTP answers must be the same status, content type and body text (an
 * INTERNAL error's random reference aside). Each question also says whether the fast path must
 * answer it or leave it to SmallRye, and the path's counter proves which one did.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class FastReadsApiTest {

    /** Every role, and a second investigator to whom the first one's cases are closed. */
    private static final String[] ROLES = {"investigator", "prosecutor", "judge", "analyst", "admin", "police",
            "investigator2"};

    /** Every field of a case the fast path writes (Victim.identity is a resolver: left to SmallRye). */
    static final String EVERY_FIELD = """
            id version firNumber office firSections otherSections status registeredOn investigationClosedReason
            statusDates { status date }
            victims { id pseudonym gender dateOfBirth estimatedAge estimatedOn nationality vulnerabilities exploitation
                      protection recruiterRelation }
            accused { id kind name cnic roles nationality links nonPunishmentJustification custody custodySince
                      custodyHistory { status since proclamationPublishedOn propertyAttached }
                      bailApplications { id court filedOn appliedBy outcome decidedOn suretyPkr reason cancelledOn cancellationReason }
                      chargedBySupplementarySheetOn }
            charges { id accusedId statuteCode statuteVersion victimIds
                      statute { code version act section title category countsAsTrafficking territorialScope
                                elements { acts means purposes conditions meansNotNeededForChild }
                                penalty { form fine minimumImprisonmentMonths maximumImprisonmentMonths lifeImprisonment death
                                          fineAloneBarredFor description minimumFinePkr maximumFinePkr }
                                inForceFrom inForceUntil inForceLastDay
                                procedure { cognizable bailable compoundable triedBy investigatedBy description } source }
                      facts { acts means purposes route offenceDate circumstances }
                      verdict { outcome date onGuiltyPlea effect compoundedBy accusedDiedOn }
                      sentence { pronouncedOn kind termYears termMonths termDays finePkr description } }
            hearings { date court proceedings nextDate }
            warnings { rule accusedId message }
            assignment { investigator prosecutor court judge }
            recordedFacts { acts means purposes route offenceDate circumstances }
            sentencingOrders { accusedId pronouncedOn custodyCreditDays totalTermYears totalTermMonths totalTermDays totalTerm releaseDate
                               directions { chargeId run description inDefaultYears inDefaultMonths inDefaultDays }
                               compensation { victimId amountPkr under } }
            investigatingOffice { agency code province district }
            registeredAt { agency code province district }
            transfers { on reason from { code agency } to { code agency province district } }
            """;

    private static final Pattern REFERENCE = Pattern.compile("reference [0-9a-f-]{36}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    FastReads fast;

    @Inject
    CaseEventWriter writer;

    @Inject
    TransferCaseUseCase transfer;

    private record Question(String what, String query, Map<String, Object> variables, String operationName,
                            String accept, boolean fast) {
    }

    private final List<Question> questions = new ArrayList<>();

    @BeforeEach
    void on() {
        fast.answerFast(true);
    }

    @AfterEach
    void stayOn() {
        fast.answerFast(true);
    }

    @Test
    void every_role_gets_the_same_answer_from_the_fast_path_as_from_smallrye() throws Exception {
        String office = "AHTC Fast " + UUID.randomUUID().toString().substring(0, 8);
        ChargedCases.store(writer, office, 12);
        // A case through every step (victims, accused, charges, verdicts, sentences, orders) of the investigator's office.
        new CaseStoryApiTest().a_case_from_fir_to_sentence();
        // A case appealed, one transferred to a police station, one with a warning: every part is held by some case.
        new AppealStoryApiTest().a_conviction_appealed_and_the_sentence_reduced_on_appeal();
        Case transferred = Case.register(CaseId.random(), new FirNumber("FAST-T-" + UUID.randomUUID()), new FiaCircle(office),
                LocalDate.of(2018, 1, 1), Set.of(StatuteCode.of("PPC-369A")), List.of("Foreigners Act 1946 s.14"),
                LocalDate.of(2024, 1, 15));
        QuarkusTransaction.requiringNew().run(() -> writer.save(transferred));
        // The kit's decided case carries a mischarging warning.
        Case warned = ContractCases.decided(new FiaCircle(office), "FAST-W-" + UUID.randomUUID(), CaseAssignment.NONE);
        QuarkusTransaction.requiringNew().run(() -> writer.save(warned));
        QuarkusTransaction.requiringNew().run(() -> transfer.transferCase(new TransferCaseUseCase.Command(
                new Actor("admin-fast", Set.of(Role.ADMIN), Optional.empty()), transferred.id(), Optional.empty(),
                InvestigatingOffice.policeStation(office, Province.PUNJAB, "Lahore"), "ordered", LocalDate.of(2023, 6, 1))));

        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 5; i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", cursor);
            var page = Gql.as("admin", "query($after: String) { cases(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }", vars)
                    .extract().jsonPath();
            ids.addAll(page.getList("data.cases.edges.node.id"));
            cursor = page.getString("data.cases.pageInfo.endCursor");
            if (!page.getBoolean("data.cases.pageInfo.hasNextPage")) {
                break;
            }
        }
        assertThat(ids).hasSizeGreaterThan(12);
        List<String> someIds = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 12)) {
            someIds.add(ids.get(i));
        }
        String ownOffice = office;
        String page = Files.readString(Path.of("../bench/queries/page.graphql"), StandardCharsets.UTF_8)
                .replace("#FIELDS#", Files.readString(Path.of("../bench/queries/page-fields.graphql"), StandardCharsets.UTF_8));
        String detail = Files.readString(Path.of("../bench/queries/detail.graphql"), StandardCharsets.UTF_8)
                .replace("#FIELDS#", Files.readString(Path.of("../bench/queries/case-fields.graphql"), StandardCharsets.UTF_8));
        String everyDetail = "query($id: ID!) { case(id: $id) { " + EVERY_FIELD + " } }";
        String everyPage = "query($first: Int, $after: String, $filter: CaseFilterInput) { cases(first: $first, after: $after, filter: $filter) { edges { cursor node { "
                + EVERY_FIELD + " } } pageInfo { hasNextPage endCursor } } }";

        // The bench's queries.
        for (String status : List.of("CLOSED", "REGISTERED", "UNDER_INVESTIGATION", "CHARGE_SHEET_FILED", "ON_TRIAL", "DECIDED")) {
            fast("bench page " + status, page, vars("filter", Map.of("status", status), "first", 50));
        }
        fast("bench page, office", page, vars("filter", Map.of("office", ownOffice), "first", 5));
        fast("bench page, no variables", page, vars());
        fast("bench page of 1 after a cursor", page, vars("first", 1, "after", cursor));
        for (String id : someIds) {
            fast("bench detail " + id, detail, vars("id", id));
            fast("every field " + id, everyDetail, vars("id", id));
        }
        fast("every field, page of 5", everyPage, vars("first", 5));
        slow("every field, page of 100: over the cost limit", everyPage, vars("first", 100));
        fast("every field, assigned to me, dates", everyPage, vars("first", 4, "filter",
                vars("assignedToMe", true, "registeredFrom", "2015-01-01", "registeredTo", "2030-12-31")));
        fast("statute filter", everyPage, vars("first", 3, "filter", Map.of("statute", "PACHTO-3")));
        fast("unknown statute filter", everyPage, vars("first", 3, "filter", Map.of("statute", "NOPE-1")));
        fast("empty filter", everyPage, vars("first", 3, "filter", Map.of()));

        // Shapes of documents.
        fast("typename alone", "{ __typename }", vars());
        fast("typenames everywhere", "{ t: __typename cases(first: 3) { __typename edges { __typename node { __typename id "
                + "victims { __typename pseudonym } } } pageInfo { __typename } } }", vars());
        fast("aliases", "query($id: ID!) { a: case(id: $id) { theId: id f: firNumber v: victims { p: pseudonym g: gender } } "
                + "b: case(id: $id) { id } p: cases(first: 2) { e: edges { c: cursor n: node { id } } } }", vars("id", ids.get(0)));
        fast("fragments", "query Detail($id: ID!) { case(id: $id) { ...Head victims { ...V } charges { ...C } } } "
                + "fragment Head on Case { id firNumber status ...More } fragment More on Case { registeredOn office } "
                + "fragment V on Victim { pseudonym gender } fragment C on Charge { statuteCode statute { ...S } } "
                + "fragment S on Statute { code title penalty { form } }", vars("id", ids.get(ids.size() - 1)));
        fast("the same fragment twice and merged fields", "{ cases(first: 4) { edges { node { ...N ...N id victims { id } "
                + "victims { pseudonym } ... on Case { status victims { gender } } } } } } fragment N on Case { id firNumber }", vars());
        fast("inline fragments", "{ cases(first: 3) { edges { node { ... on Case { id } ... { status } "
                + "... @include(if: false) { firNumber } ... @skip(if: false) { office } } } } }", vars());
        // Each part of a case alone: the page reads only the parts its fields need. Each page starts just
        // before a case that holds the part (as the admin sees the list), so a part left out shows.
        Map<String, String> holders = partHolders();
        for (Map.Entry<String, String> part : PART_FIELDS.entrySet()) {
            assertThat(holders).as("a case holds " + part.getKey()).containsKey(part.getKey());
            fast("a page of one part: " + part.getKey(), "query($after: String) { cases(first: 3, after: $after) { edges { node { id "
                    + part.getKey() + " " + part.getValue() + " } } } }", vars("after", holders.get(part.getKey())));
        }
        fast("parts under two aliases of the edges", "query($after: String) { cases(first: 10, after: $after) { a: edges { node { victims { pseudonym } } } "
                + "b: edges { cursor node { charges { statuteCode } hearings { date } } } pageInfo { hasNextPage } } }",
                vars("after", holders.get("hearings")));
        fast("parts in fragments on the connection and the edge", "query($after: String) { cases(first: 6, after: $after) { ...Conn } } "
                + "fragment Conn on CaseConnection { edges { ...Edge } } fragment Edge on CaseEdge { node { id ... on Case { accused { name } } } }",
                vars("after", holders.get("accused")));
        for (boolean s : new boolean[]{true, false}) {
            for (boolean i : new boolean[]{true, false}) {
                fast("directives skip=" + s + " include=" + i, "query($s: Boolean!, $i: Boolean!) { cases(first: 2) { edges { "
                        + "cursor @skip(if: $s) node { id @include(if: $i) firNumber @skip(if: true) status @include(if: true) "
                        + "...F @skip(if: $s) victims @include(if: $i) { pseudonym } } } } "
                        + "x: case(id: \"" + ids.get(0) + "\") @skip(if: $i) { id } } fragment F on Case { office }", vars("s", s, "i", i));
            }
        }
        fast("default values", "query($first: Int = 3, $filter: CaseFilterInput = {status: CLOSED}) { cases(first: $first, filter: $filter) "
                + "{ edges { node { id status } } } }", vars());
        fast("literal arguments", "{ cases(first: 2, filter: {status: REGISTERED, registeredFrom: \"2000-01-01\"}) { edges { node { id } } } }", vars());
        fast("the named operation of two", "query A { __typename } query B($id: ID!) { case(id: $id) { id } }",
                vars("id", ids.get(1)), "B");
        fast("Accept application/json", detail, vars("id", ids.get(2)), null, "application/json");
        fast("Accept application/graphql-response+json", detail, vars("id", ids.get(2)), null, "application/graphql-response+json");

        // Refusals the resolvers give, written by the fast path.
        fast("unknown case", detail, vars("id", UUID.randomUUID().toString()));
        fast("malformed case id", detail, vars("id", "not-an-id"));
        fast("an unknown case beside a known one", "query($a: ID!, $b: ID!) { a: case(id: $a) { id } b: case(id: $b) { id firNumber } }",
                vars("a", UUID.randomUUID().toString(), "b", ids.get(0)));
        for (int first : new int[]{0, -1, 101, 100000}) {
            fast("page size " + first, page, vars("first", first));
        }
        fast("bad cursor", page, vars("first", 2, "after", "garbage"));
        fast("a failing page beside a case", "query($id: ID!) { case(id: $id) { id } cases(first: 0) { edges { cursor } } }",
                vars("id", ids.get(0)));
        fast("office too long", page, vars("filter", Map.of("office", "x".repeat(500)), "first", 2));

        // The yearly figures: every field, years with and without figures, refused years, beside a case.
        String everyFigure = "query($year: Int!) { statistics(year: $year) { year publication { year revision publishedOn publishedBy reason } "
                + "changedSincePublication { row published current } "
                + "headline { counts label investigated prosecuted convicted convictedOnAppeal convictionsSetAside } "
                + "distinctPersons { counts label investigated prosecuted convicted convictedOnAppeal convictionsSetAside } "
                + "statutes { statuteCode title investigated prosecuted convicted convictedOnAppeal convictionsSetAside } "
                + "victimsBySex { key count } victimsByAgeGroup { key count } victimsByExploitation { key count } "
                + "casesByStatus { key count } byAgencyAndProvince { agency province investigated prosecuted convicted convictedOnAppeal } } }";
        int thisYear = LocalDate.now().getYear();
        for (int year : new int[] {thisYear, thisYear - 1, 2017}) {
            fast("every figure of " + year, everyFigure, vars("year", year));
        }
        fast("the figures of a year before 2000", everyFigure, vars("year", 1999));
        fast("the figures of a year not begun", everyFigure, vars("year", thisYear + 1));
        fast("the bench's figures", Files.readString(Path.of("../bench/queries/statistics.graphql"), StandardCharsets.UTF_8),
                vars("year", thisYear));
        fast("figures beside a case", "query($id: ID!, $y: Int!) { case(id: $id) { id } f: statistics(year: $y) { year "
                + "statutes { statuteCode investigated } } }", vars("id", ids.get(0), "y", thisYear));

        // What the fast path leaves to SmallRye.
        slow("a mutation", "mutation { __typename }", vars());
        slow("syntax error", "{ cases(first: 2) { edges { node { id } }", vars());
        slow("unknown field", "{ cases(first: 2) { edges { node { nope } } } }", vars());
        slow("a victim's identity (a resolver)", "query($id: ID!) { case(id: $id) { victims { identity { name } } } }", vars("id", ids.get(0)));
        slow("another root field", "{ me { id } cases(first: 1) { edges { cursor } } }", vars());
        slow("introspection", "{ __schema { queryType { name } } }", vars());
        slow("missing variable", detail, vars());
        slow("variable of the wrong type", page, vars("first", "fifty"));
        slow("bad date variable", everyPage, vars("first", 2, "filter", Map.of("registeredFrom", "2020-13-45")));
        slow("unknown enum value", everyPage, vars("first", 2, "filter", Map.of("status", "BOGUS")));
        slow("a float", page, vars("first", 2.5));
        slow("too dear", "{ a: cases(first: 100) { edges { node { " + EVERY_FIELD + " } } } b: cases(first: 100) { edges { node { "
                + EVERY_FIELD + " } } } }", vars());
        slow("two operations, no name", "query A { __typename } query B { __typename }", vars());
        slow("a directive not of ours", "{ cases(first: 1) @deprecated { edges { cursor } } }", vars());
        slow("skip with a null variable", "query($s: Boolean) { cases(first: 1) { edges { cursor @skip(if: $s) } } }", vars());
        slow("a document over 8,192 characters", "{ cases(first: 1) { edges { cursor } } }" + " ".repeat(8200), vars());
        slow("Accept text/html", detail, vars("id", ids.get(0)), null, "text/html");

        long answeredBefore = fast.answered();
        int expectedFast = 0;
        List<String> differences = new ArrayList<>();
        for (String role : ROLES) {
            for (Question q : questions) {
                fast.answerFast(false);
                Response slow = ask(role, q);
                fast.answerFast(true);
                long before = fast.answered();
                Response quick = ask(role, q);
                String what = q.what + " as " + role;
                expectedFast += q.fast ? 1 : 0;
                if (fast.answered() - before != (q.fast ? 1 : 0)) {
                    differences.add(what + ": " + (q.fast ? "not answered by the fast path" : "answered by the fast path")
                            + "; SmallRye answered " + slow.statusCode() + " " + abbreviated(slow.asString()));
                }
                if (quick.statusCode() != slow.statusCode() || !quick.contentType().equals(slow.contentType())
                        || !normal(quick.asString()).equals(normal(slow.asString()))) {
                    differences.add(what + ":\n  fast:     " + quick.statusCode() + " " + quick.contentType() + " " + abbreviated(quick.asString())
                            + "\n  smallrye: " + slow.statusCode() + " " + slow.contentType() + " " + abbreviated(slow.asString()));
                }
            }
        }
        assertThat(differences).as("questions answered differently").isEmpty();
        assertThat(fast.answered() - answeredBefore).isEqualTo(expectedFast);
    }

    /** A field of a case for each of its parts (CaseDetail.Part), with a selection of its own where it needs one. */
    private static final Map<String, String> PART_FIELDS = parts();

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("firSections", "");
        parts.put("otherSections", "");
        parts.put("statusDates", "{ status date }");
        parts.put("victims", "{ id pseudonym }");
        parts.put("accused", "{ id name custodyHistory { status } }");
        parts.put("charges", "{ id statute { code } verdict { outcome } }");
        parts.put("hearings", "{ date }");
        parts.put("warnings", "{ rule message }");
        parts.put("recordedFacts", "{ acts route }");
        parts.put("sentencingOrders", "{ accusedId totalTerm directions { chargeId } }");
        parts.put("transfers", "{ on from { code } }");
        parts.put("appellate", "{ accusedId effectiveTerm appeals { id } }");
        assertThat(parts.keySet()).as("a field for every part").isEqualTo(Arrays.stream(CaseDetail.Part.values())
                .map(CaseDetail.Part::component).collect(Collectors.toSet()));
        return parts;
    }

    /**
     * For each part, the cursor before the first case (in the admin's list, read through SmallRye) that
     * holds something of it: null when that case is the first.
     */
    private Map<String, String> partHolders() throws JsonProcessingException {
        fast.answerFast(false);
        try {
            StringBuilder fields = new StringBuilder();
            PART_FIELDS.forEach((field, selection) -> fields.append(field).append(' ').append(selection).append(' '));
            Map<String, String> holders = new HashMap<>();
            String previous = null;
            String after = null;
            boolean more = true;
            while (more && holders.size() < PART_FIELDS.size()) {
                JsonNode page = JSON.readTree(Gql.as("admin", "query($after: String) { cases(first: 100, after: $after) { edges { cursor node { "
                        + fields + " } } pageInfo { hasNextPage endCursor } } }", vars("after", after)).extract().asString())
                        .path("data").path("cases");
                for (JsonNode edge : page.path("edges")) {
                    for (String part : PART_FIELDS.keySet()) {
                        JsonNode value = edge.path("node").path(part);
                        if (!holders.containsKey(part) && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                            holders.put(part, previous);
                        }
                    }
                    previous = edge.path("cursor").asText();
                }
                more = page.path("pageInfo").path("hasNextPage").asBoolean();
                after = page.path("pageInfo").path("endCursor").asText();
            }
            return holders;
        } finally {
            fast.answerFast(true);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    /**
     * The body with error references made alike and the errors in one order: graphql-java adds the
     * errors of root fields as they complete, in either order (the spec gives errors no order).
     */
    private static String normal(String body) {
        String alike = REFERENCE.matcher(body).replaceAll("reference R");
        try {
            JsonNode tree = JSON.readTree(alike);
            if (tree instanceof ObjectNode answer && answer.get("errors") instanceof ArrayNode errors) {
                List<String> sorted = new ArrayList<>();
                errors.forEach(e -> sorted.add(e.toString()));
                sorted.sort(null);
                return answer.without("errors") + " errors " + sorted;
            }
            return alike;
        } catch (JsonProcessingException notJson) {
            return alike;
        }
    }

    private static Response ask(String role, Question q) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q.query);
        body.put("variables", q.variables);
        if (q.operationName() != null) {
            body.put("operationName", q.operationName());
        }
        var request = given().auth().oauth2(Tokens.of(role)).contentType("application/json");
        if (q.accept() != null) {
            request = request.accept(q.accept());
        }
        return request.body(body).when().post("/graphql");
    }

    private void fast(String what, String query, Map<String, Object> variables) {
        fast(what, query, variables, null, null);
    }

    private void fast(String what, String query, Map<String, Object> variables, String operationName) {
        fast(what, query, variables, operationName, null);
    }

    private void fast(String what, String query, Map<String, Object> variables, String operationName, String accept) {
        questions.add(new Question(what, query, variables, operationName, accept, true));
    }

    private void slow(String what, String query, Map<String, Object> variables) {
        slow(what, query, variables, null, null);
    }

    private void slow(String what, String query, Map<String, Object> variables, String operationName, String accept) {
        questions.add(new Question(what, query, variables, operationName, accept, false));
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
