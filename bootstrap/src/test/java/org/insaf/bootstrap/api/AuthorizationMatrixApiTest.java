package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization table of {@code docs/authorization.md}, end to end: every GraphQL operation as
 * every role, each both assigned to the case and not, through {@code /graphql} with the real
 * Keycloak tokens of the demo users.
 *
 * <p>Every row prepares a case of its own (registered by {@code investigator} in FIA-AHTC-LAHORE,
 * {@code prosecutor} and {@code judge} assigned by the admin) in the state where the operation
 * succeeds for its rightful caller, sends the operation as the row's caller and checks the outcome
 * {@link #MATRIX} names. A refused mutation must leave the case as it was (same version, read by the
 * admin); a NOT_FOUND must read exactly as for a case that does not exist.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class AuthorizationMatrixApiTest {

    /**
     * docs/authorization.md as seen by the demo users on a case of FIA-AHTC-LAHORE that
     * {@code investigator} registered (so they are both of its office and its lead) and to which the
     * admin assigned {@code prosecutor} and {@code judge}. {@code investigator2} (Karachi),
     * {@code prosecutor2} and {@code judge2} hold the same roles without any place on the case.
     * OK: allowed; LISTED / UNLISTED: the caller's {@code cases} pages hold the case or not;
     * NOT_FOUND and FORBIDDEN: the error's {@code extensions.code}. {@code auditor} reads audit
     * trails and nothing else; a refused read (of a case, an identity, a trail) is on the case's trail.
     */
    static final String MATRIX = """
            operation           investigator investigator2 prosecutor prosecutor2 judge     judge2    analyst   admin     auditor
            me                  OK           OK            OK         OK          OK        OK        OK        OK        OK
            statutes            OK           OK            OK         OK          OK        OK        OK        OK        OK
            case                OK           NOT_FOUND     OK         NOT_FOUND   OK        NOT_FOUND NOT_FOUND OK        NOT_FOUND
            cases               LISTED       UNLISTED      LISTED     UNLISTED    LISTED    UNLISTED  FORBIDDEN LISTED    FORBIDDEN
            chargeAdvice        OK           NOT_FOUND     OK         NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            Victim.identity     OK           NOT_FOUND     OK         NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            registerCase        OK           FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN
            startInvestigation  OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            addVictim           OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            addAccused          OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            recordFacts         OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            closeInvestigation  OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            assignCase          FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN FORBIDDEN OK        FORBIDDEN
            transferCase        FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN FORBIDDEN OK        FORBIDDEN
            fileChargeSheet     FORBIDDEN    NOT_FOUND     OK         NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            openTrial           FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            recordHearing       FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            recordVerdict       FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            recordSentence      FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            closeCase           FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            makeSentencingOrder FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            arrestAccused       OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            declareAbsconding   OK           NOT_FOUND     FORBIDDEN  NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            declareProclaimedOffender FORBIDDEN NOT_FOUND  FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            applyForBail        FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            decideBail          FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            cancelBail          FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            fileSupplementaryChargeSheet FORBIDDEN NOT_FOUND OK       NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            fileAppeal          FORBIDDEN    NOT_FOUND     OK         NOT_FOUND   FORBIDDEN NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            orderAppealAdmission FORBIDDEN   NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            decideAppeal        FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            suspendSentence     FORBIDDEN    NOT_FOUND     FORBIDDEN  NOT_FOUND   OK        NOT_FOUND NOT_FOUND FORBIDDEN NOT_FOUND
            statistics          FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN OK        OK        FORBIDDEN
            statisticsTrend     FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN OK        OK        FORBIDDEN
            figuresPublications FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN OK        OK        FORBIDDEN
            publishYearlyFigures FORBIDDEN   FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN OK        FORBIDDEN FORBIDDEN
            auditTrail          FORBIDDEN    FORBIDDEN     FORBIDDEN  FORBIDDEN   FORBIDDEN FORBIDDEN FORBIDDEN FORBIDDEN OK
            """;

    /**
     * The lines of the table that tell the office from the lead: a case of FIA-AHTC-KARACHI that
     * {@code investigator2} registered and whose lead the admin then made {@code investigator}
     * (Lahore). {@code investigator} is now only its lead, {@code investigator2} only of its office:
     * both may see and investigate it, only the lead reads victims' identities. (A Karachi case, so
     * that no Lahore case is ever led from Karachi: other test classes list Lahore cases as
     * {@code investigator2} and expect none.)
     */
    static final String LEAD_OF_ANOTHER_OFFICE = """
            operation           investigator investigator2
            case                OK           OK
            cases               LISTED       LISTED
            chargeAdvice        OK           OK
            Victim.identity     OK           FORBIDDEN
            startInvestigation  OK           OK
            addVictim           OK           OK
            addAccused          OK           OK
            recordFacts         OK           OK
            closeInvestigation  OK           OK
            """;

    enum Outcome { OK, LISTED, UNLISTED, NOT_FOUND, FORBIDDEN }

    static final String OFFICE = "FIA-AHTC-LAHORE";
    static final String COURT = "SESSIONS-COURT-LAHORE";
    static final String REGISTERED_ON = "2017-03-10";
    /** Only the cases of the {@code cases} rows are registered on this day, so their pages stay short. */
    static final String LISTED_ON = "2017-03-09";
    static final String VICTIM_NAME = "Authz Matrix Victim";

    static final Map<String, Object> FACTS = Map.of(
            "acts", List.of("RECRUITMENT", "HARBOURING"), "means", List.of("DECEPTION"),
            "purposes", List.of("SEXUAL_EXPLOITATION"), "route", List.of("PK", "IR", "OM"),
            "offenceDate", "2017-02-20");

    // ---------------------------------------------------------------- the prepared case

    /** How far a prepared case has come; each stage includes the ones before it. */
    enum Stage { NONE, REGISTERED, UNDER_INVESTIGATION, INVESTIGATED, CHARGED, ON_TRIAL, CONVICTED, DECIDED }

    /**
     * A case ready for one row: its ids and the version it had before the row's operation.
     *
     * @param subjectId what the operation acts on besides the case, when the stage does not say it (a bail
     *                  application, an accused found after the charge sheet); null otherwise
     */
    record Prepared(String fir, String caseId, int version, String victimId, String accusedId, String chargeId,
                    String subjectId) {
        Prepared(String fir, String caseId, int version, String victimId, String accusedId, String chargeId) {
            this(fir, caseId, version, victimId, accusedId, chargeId, null);
        }

        Prepared withCaseId(String id) {
            return new Prepared(fir, id, version, victimId, accusedId, chargeId, subjectId);
        }

        Prepared with(JsonPath c, String subject) {
            return new Prepared(fir, caseId, c.getInt("version"), victimId, accusedId, chargeId, subject);
        }
    }

    private static final Map<String, String> USER_IDS = new ConcurrentHashMap<>();

    static String idOf(String user) {
        return USER_IDS.computeIfAbsent(user, CaseStoryApiTest::idOf);
    }

    static Map<String, Object> input(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> registration(String fir, String registeredOn) {
        return registration(fir, OFFICE, registeredOn);
    }

    static Map<String, Object> registration(String fir, String office, String registeredOn) {
        return input("firNumber", fir, "office", office, "registeredOn", registeredOn, "sections", List.of("PACHTO-3"));
    }

    /** Brings a new Lahore case, with prosecutor and judge assigned, up to the stage, through the API. */
    static Prepared prepare(Stage stage, String registeredOn) {
        return prepare(stage, registeredOn, false);
    }

    /**
     * As above; with {@code leadElsewhere} the case is one of FIA-AHTC-KARACHI registered by
     * {@code investigator2}, whose lead the admin makes {@code investigator} (Lahore).
     */
    static Prepared prepare(Stage stage, String registeredOn, boolean leadElsewhere) {
        String registrant = leadElsewhere ? "investigator2" : "investigator";
        String fir = "AUTHZ-" + UUID.randomUUID() + "/2017";
        if (stage == Stage.NONE) {
            return new Prepared(fir, null, 0, null, null, null);
        }
        JsonPath c = CaseStoryApiTest.ok(registrant, "registerCase",
                registration(fir, leadElsewhere ? "FIA-AHTC-KARACHI" : OFFICE, registeredOn));
        String id = c.getString("id");
        c = CaseStoryApiTest.ok("admin", "assignCase", input("caseId", id, "prosecutor", idOf("prosecutor"),
                "court", COURT, "judge", idOf("judge")));
        if (leadElsewhere) {
            c = CaseStoryApiTest.ok("admin", "assignCase", input("caseId", id, "investigator", idOf("investigator")));
        }
        String victim = null;
        String accused = null;
        String charge = null;
        if (reaches(stage, Stage.UNDER_INVESTIGATION)) {
            c = CaseStoryApiTest.ok(registrant, "startInvestigation", input("caseId", id, "startedOn", "2017-03-12"));
        }
        if (reaches(stage, Stage.INVESTIGATED)) {
            c = CaseStoryApiTest.ok(registrant, "addVictim", victimInput(id));
            victim = c.getString("victims[0].id");
            c = CaseStoryApiTest.ok(registrant, "addAccused", accusedInput(id));
            accused = c.getString("accused[0].id");
            c = CaseStoryApiTest.ok(registrant, "recordFacts", input("caseId", id, "facts", FACTS));
        }
        if (reaches(stage, Stage.CHARGED)) {
            c = CaseStoryApiTest.ok("prosecutor", "fileChargeSheet", chargeSheetInput(id, accused, victim));
            charge = c.getString("charges[0].id");
        }
        if (reaches(stage, Stage.ON_TRIAL)) {
            c = CaseStoryApiTest.ok("judge", "openTrial", input("caseId", id, "openedOn", "2017-07-01"));
        }
        if (reaches(stage, Stage.CONVICTED)) {
            c = CaseStoryApiTest.ok("judge", "recordVerdict", verdictInput(id, charge));
        }
        if (reaches(stage, Stage.DECIDED)) {
            c = CaseStoryApiTest.ok("judge", "recordSentence", sentenceInput(id, charge));
            assertThat(c.getString("status")).isEqualTo("DECIDED");
        }
        return new Prepared(fir, id, c.getInt("version"), victim, accused, charge);
    }

    static boolean reaches(Stage stage, Stage step) {
        return stage.compareTo(step) >= 0;
    }

    static Map<String, Object> victimInput(String caseId) {
        return input("caseId", caseId, "identity", Map.of("name", VICTIM_NAME, "cnic", "35202-7654321-0"),
                "gender", "FEMALE", "dateOfBirth", "2003-05-01", "nationality", "PK",
                "exploitation", List.of("SEXUAL_EXPLOITATION"));
    }

    static Map<String, Object> accusedInput(String caseId) {
        return input("caseId", caseId, "name", "Authz Matrix Accused", "roles", List.of("RECRUITER"), "nationality", "PK");
    }

    static Map<String, Object> chargeSheetInput(String caseId, String accusedId, String victimId) {
        return input("caseId", caseId, "filedOn", "2017-06-01", "charges",
                List.of(Map.of("accusedId", accusedId, "statute", "PACHTO-3", "victimIds", List.of(victimId))));
    }

    static Map<String, Object> verdictInput(String caseId, String chargeId) {
        return input("caseId", caseId, "chargeId", chargeId, "outcome", "CONVICTED", "givenOn", "2017-09-01");
    }

    static Map<String, Object> sentenceInput(String caseId, String chargeId) {
        return input("caseId", caseId, "chargeId", chargeId, "pronouncedOn", "2017-09-15",
                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 10, "finePkr", 500000);
    }

    /** The ten years of {@link #sentenceInput}, one year in default of the fine, 30 days of custody credited. */
    static Map<String, Object> sentencingOrderInput(String caseId, String accusedId, String chargeId) {
        return input("caseId", caseId, "accusedId", accusedId, "pronouncedOn", "2017-09-15", "custodyCreditDays", 30,
                "directions", List.of(Map.of("chargeId", chargeId, "run", 1, "description", "RIGOROUS", "inDefaultYears", 1)));
    }

    // ---------------------------------------------------------------- the operations

    /** One operation of the API: the stage it needs, how to send it, and what success looks like. */
    enum Operation {
        ME("me", Stage.NONE, (user, p) -> Gql.as(user, "{ me { id roles office } }").extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getString("data.me.id")).isEqualTo(idOf(row.caller.user));
                    assertThat(answer.getList("data.me.roles", String.class)).containsExactly(row.caller.role);
                }),
        STATUTES("statutes", Stage.NONE, (user, p) -> Gql.as(user, "{ statutes { code version } }").extract().jsonPath(),
                (answer, row) -> assertThat(answer.getList("data.statutes.code", String.class))
                        .contains("PACHTO-3", "PTPA-3", "PPC-369A")),
        CASE("case", Stage.INVESTIGATED,
                (user, p) -> Gql.as(user, "query($id: ID!) { case(id: $id) { id version status office } }",
                        Map.of("id", p.caseId)).extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getString("data.case.id")).isEqualTo(row.prepared.caseId);
                    assertThat(answer.getString("data.case.status")).isEqualTo("UNDER_INVESTIGATION");
                    assertThat(answer.getInt("data.case.version")).isEqualTo(row.prepared.version);
                }),
        CASES("cases", Stage.INVESTIGATED, (user, p) -> {
            throw new UnsupportedOperationException("cases is checked page by page");
        }, (answer, row) -> { }),
        CHARGE_ADVICE("chargeAdvice", Stage.INVESTIGATED,
                (user, p) -> Gql.as(user, "query($id: ID!) { chargeAdvice(caseId: $id) "
                        + "{ statutes { statute { code } applicable inForce } } }", Map.of("id", p.caseId)).extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getBoolean("data.chargeAdvice.statutes.find { it.statute.code == 'PACHTO-3' }.applicable"))
                            .isTrue();
                    assertThat(answer.getBoolean("data.chargeAdvice.statutes.find { it.statute.code == 'PTPA-3' }.inForce"))
                            .isFalse();
                }),
        VICTIM_IDENTITY("Victim.identity", Stage.INVESTIGATED,
                (user, p) -> Gql.as(user, "query($id: ID!) { case(id: $id) { id victims { id pseudonym identity { name cnic } } } }",
                        Map.of("id", p.caseId)).extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getString("data.case.victims[0].id")).isEqualTo(row.prepared.victimId);
                    assertThat(answer.getString("data.case.victims[0].identity.name")).isEqualTo(VICTIM_NAME);
                    assertThat(answer.getString("data.case.victims[0].identity.cnic")).isEqualTo("35202-7654321-0");
                }),
        REGISTER_CASE("registerCase", Stage.NONE, p -> registration(p.fir, REGISTERED_ON), (c, row) -> {
            assertThat(c.getString("firNumber")).isEqualTo(row.prepared.fir);
            assertThat(c.getString("office")).isEqualTo(OFFICE);
            assertThat(c.getString("status")).isEqualTo("REGISTERED");
            assertThat(c.getString("assignment.investigator")).isEqualTo(idOf(row.caller.user));
        }),
        START_INVESTIGATION("startInvestigation", Stage.REGISTERED,
                p -> input("caseId", p.caseId, "startedOn", "2017-03-12"),
                (c, row) -> assertThat(c.getString("status")).isEqualTo("UNDER_INVESTIGATION")),
        ADD_VICTIM("addVictim", Stage.UNDER_INVESTIGATION, p -> victimInput(p.caseId), (c, row) -> {
            assertThat(c.getList("victims")).hasSize(1);
            assertThat(c.getString("victims[0].pseudonym")).startsWith("V-2017-");
            assertThat(c.prettify()).doesNotContain(VICTIM_NAME);
        }),
        ADD_ACCUSED("addAccused", Stage.UNDER_INVESTIGATION, p -> accusedInput(p.caseId),
                (c, row) -> assertThat(c.getList("accused.name")).containsExactly("Authz Matrix Accused")),
        RECORD_FACTS("recordFacts", Stage.UNDER_INVESTIGATION, p -> input("caseId", p.caseId, "facts", FACTS),
                (c, row) -> {
                    assertThat(c.getList("recordedFacts.route")).containsExactly("PK", "IR", "OM");
                    assertThat(c.getString("recordedFacts.offenceDate")).isEqualTo("2017-02-20");
                }),
        CLOSE_INVESTIGATION("closeInvestigation", Stage.UNDER_INVESTIGATION,
                p -> input("caseId", p.caseId, "reason", "No evidence beyond the complaint", "closedOn", "2017-04-01"),
                (c, row) -> assertThat(c.getString("status")).isEqualTo("INVESTIGATION_CLOSED")),
        ASSIGN_CASE("assignCase", Stage.REGISTERED,
                p -> input("caseId", p.caseId, "court", "SESSIONS-COURT-KASUR", "prosecutor", idOf("prosecutor2")),
                (c, row) -> {
                    assertThat(c.getString("assignment.court")).isEqualTo("SESSIONS-COURT-KASUR");
                    assertThat(c.getString("assignment.prosecutor")).isEqualTo(idOf("prosecutor2"));
                    assertThat(c.getString("assignment.judge")).as("parts left out stay").isEqualTo(idOf("judge"));
                }),
        // To a circle no demo user works in, so no other test's lists change.
        TRANSFER_CASE("transferCase", Stage.REGISTERED,
                p -> input("caseId", p.caseId, "agency", "FIA", "office", "FIA-AHTC-MULTAN",
                        "reason", "Ordered by the Director General", "transferredOn", "2017-03-11"),
                (c, row) -> {
                    assertThat(c.getString("office")).isEqualTo("FIA-AHTC-MULTAN");
                    assertThat(c.getString("assignment.investigator")).as("the old lead leaves").isNull();
                    assertThat(c.getString("assignment.judge")).as("the other desks stay").isEqualTo(idOf("judge"));
                }),
        FILE_CHARGE_SHEET("fileChargeSheet", Stage.INVESTIGATED,
                p -> chargeSheetInput(p.caseId, p.accusedId, p.victimId), (c, row) -> {
            assertThat(c.getString("status")).isEqualTo("CHARGE_SHEET_FILED");
            assertThat(c.getList("charges.statuteCode")).containsExactly("PACHTO-3");
            assertThat(c.getString("charges[0].accusedId")).isEqualTo(row.prepared.accusedId);
        }),
        OPEN_TRIAL("openTrial", Stage.CHARGED, p -> input("caseId", p.caseId, "openedOn", "2017-07-01"),
                (c, row) -> assertThat(c.getString("status")).isEqualTo("ON_TRIAL")),
        RECORD_HEARING("recordHearing", Stage.ON_TRIAL,
                p -> input("caseId", p.caseId, "date", "2017-07-15", "court", COURT,
                        "proceedings", "Charge framed; the accused pleaded not guilty"),
                (c, row) -> assertThat(c.getList("hearings.proceedings"))
                        .containsExactly("Charge framed; the accused pleaded not guilty")),
        RECORD_VERDICT("recordVerdict", Stage.ON_TRIAL, p -> verdictInput(p.caseId, p.chargeId),
                (c, row) -> assertThat(c.getString("charges[0].verdict.outcome")).isEqualTo("CONVICTED")),
        RECORD_SENTENCE("recordSentence", Stage.CONVICTED, p -> sentenceInput(p.caseId, p.chargeId), (c, row) -> {
            assertThat(c.getInt("charges[0].sentence.termYears")).isEqualTo(10);
            assertThat(c.getString("status")).isEqualTo("DECIDED");
        }),
        MAKE_SENTENCING_ORDER("makeSentencingOrder", Stage.DECIDED, p -> sentencingOrderInput(p.caseId, p.accusedId, p.chargeId),
                (c, row) -> {
                    assertThat(c.getString("sentencingOrders[0].accusedId")).isEqualTo(row.prepared.accusedId);
                    assertThat(c.getString("sentencingOrders[0].totalTerm")).isEqualTo("10 years");
                    assertThat(c.getString("sentencingOrders[0].releaseDate")).isEqualTo("2027-08-16");
                }),
        CLOSE_CASE("closeCase", Stage.DECIDED, p -> input("caseId", p.caseId, "closedOn", "2017-10-01"),
                (c, row) -> assertThat(c.getString("status")).isEqualTo("CLOSED")),
        AUDIT_TRAIL("auditTrail", Stage.REGISTERED,
                (user, p) -> Gql.as(user, "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                        + "{ edges { cursor node { at actorId action statusBefore statusAfter detail } } "
                        + "pageInfo { hasNextPage endCursor } } }", Map.of("id", p.caseId)).extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getList("data.auditTrail.edges.node.action", String.class))
                            .startsWith("REGISTER_CASE", "ASSIGN_CASE");
                    assertThat(answer.getString("data.auditTrail.edges[0].node.actorId")).isEqualTo(idOf("investigator"));
                    assertThat(answer.getString("data.auditTrail.edges[0].node.statusAfter")).isEqualTo("REGISTERED");
                    assertThat(answer.getBoolean("data.auditTrail.pageInfo.hasNextPage")).isFalse();
                    assertThat(lastOnTrail(row.prepared.caseId).getString("action")).as("the read is audited")
                            .isEqualTo("READ_AUDIT_TRAIL");
                }),
        STATISTICS("statistics", Stage.NONE,
                (user, p) -> Gql.as(user, "{ statistics(year: 2017) { year statutes { statuteCode prosecuted } } }").extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getInt("data.statistics.year")).isEqualTo(2017);
                    assertThat(answer.getList("data.statistics.statutes.statuteCode")).isSorted();
                }),
        STATISTICS_TREND("statisticsTrend", Stage.NONE,
                (user, p) -> Gql.as(user, "{ statisticsTrend(from: 2016, to: 2017) { years { year } chartSvg } }").extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getList("data.statisticsTrend.years.year")).containsExactly(2016, 2017);
                    assertThat(answer.getString("data.statisticsTrend.chartSvg")).startsWith("<?xml").contains("<svg");
                }),
        FIGURES_PUBLICATIONS("figuresPublications", Stage.NONE,
                (user, p) -> Gql.as(user, "{ figuresPublications(year: 2000) { publication { year revision } } }").extract().jsonPath(),
                (answer, row) -> assertThat(answer.getList("data.figuresPublications.publication.year", Integer.class)).isSubsetOf(2000)),
        // Year 2000, which only this row publishes (once a run: only the analyst may).
        PUBLISH_YEARLY_FIGURES("publishYearlyFigures", Stage.NONE,
                (user, p) -> Gql.as(user, "mutation { publishYearlyFigures(input: {year: 2000}) { revision { publication { year revision publishedBy } } } }")
                        .extract().jsonPath(),
                (answer, row) -> {
                    assertThat(answer.getInt("data.publishYearlyFigures.revision.publication.year")).isEqualTo(2000);
                    assertThat(answer.getInt("data.publishYearlyFigures.revision.publication.revision")).isEqualTo(1);
                    assertThat(answer.getString("data.publishYearlyFigures.revision.publication.publishedBy"))
                            .isEqualTo(idOf(row.caller().user));
                }),
        ARREST_ACCUSED("arrestAccused", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "accusedId", p.accusedId, "arrestedOn", "2017-04-01"), (c, row) -> {
            assertThat(c.getString("accused[0].custody")).isEqualTo("IN_CUSTODY");
            assertThat(c.getString("accused[0].custodySince")).isEqualTo("2017-04-01");
        }),
        DECLARE_ABSCONDING("declareAbsconding", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "accusedId", p.accusedId, "declaredOn", "2017-04-01"),
                (c, row) -> assertThat(c.getString("accused[0].custody")).isEqualTo("ABSCONDING")),
        DECLARE_PROCLAIMED_OFFENDER("declareProclaimedOffender", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "accusedId", p.accusedId, "proclamationPublishedOn", "2017-04-02",
                        "propertyAttached", true, "declaredOn", "2017-05-05"),
                (c, row) -> assertThat(c.getString("accused[0].custody")).isEqualTo("PROCLAIMED_OFFENDER")),
        APPLY_FOR_BAIL("applyForBail", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "accusedId", p.accusedId, "court", COURT, "filedOn", "2017-04-01",
                        "appliedBy", "COUNSEL"),
                (c, row) -> assertThat(c.getList("accused[0].bailApplications.outcome")).containsExactly((Object) null)),
        DECIDE_BAIL("decideBail", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "applicationId", p.subjectId, "outcome", "GRANTED",
                        "decidedOn", "2017-04-10", "suretyPkr", 100000, "reason", "Further inquiry needed"), (c, row) -> {
            assertThat(c.getList("accused[0].bailApplications.outcome")).containsExactly("GRANTED");
            assertThat(c.getString("accused[0].custody")).isEqualTo("ON_BAIL");
        }),
        CANCEL_BAIL("cancelBail", Stage.INVESTIGATED,
                p -> input("caseId", p.caseId, "applicationId", p.subjectId, "cancelledOn", "2017-05-01",
                        "reason", "Threatened the victim"),
                (c, row) -> assertThat(c.getString("accused[0].custody")).isEqualTo("IN_CUSTODY")),
        FILE_SUPPLEMENTARY_CHARGE_SHEET("fileSupplementaryChargeSheet", Stage.CHARGED,
                p -> input("caseId", p.caseId, "filedOn", "2017-06-15", "charges", List.of(Map.of("accusedId",
                        p.subjectId, "statute", "PACHTO-3", "victimIds", List.of(p.victimId)))), (c, row) -> {
            assertThat(c.getList("charges.accusedId")).containsExactly(row.prepared.accusedId, row.prepared.subjectId);
            assertThat(c.getString("accused[1].chargedBySupplementarySheetOn")).isEqualTo("2017-06-15");
            assertThat(c.getString("status")).isEqualTo("CHARGE_SHEET_FILED");
        }),
        // The State's appeal (the prosecutor's); the convict's, recorded by the judge, is AppealStoryApiTest's.
        FILE_APPEAL("fileAppeal", Stage.DECIDED,
                p -> input("caseId", p.caseId, "accusedId", p.accusedId, "kind", "APPEAL", "appellant", "STATE",
                        "against", "INADEQUATE_SENTENCE", "forum", "HIGH_COURT", "filedOn", "2017-10-01",
                        "grounds", "The sentence is inadequate for the trafficking of a child"),
                (c, row) -> assertThat(c.getList("appellate[0].appeals.appellant")).containsExactly("STATE")),
        ORDER_APPEAL_ADMISSION("orderAppealAdmission", Stage.DECIDED,
                p -> input("caseId", p.caseId, "appealId", p.subjectId, "admitted", true, "orderedOn", "2017-10-05"),
                (c, row) -> assertThat(c.getList("appellate[0].appeals.admitted")).containsExactly(true)),
        DECIDE_APPEAL("decideAppeal", Stage.DECIDED,
                p -> input("caseId", p.caseId, "appealId", p.subjectId, "outcome", "SENTENCE_REDUCED",
                        "decidedOn", "2018-03-01", "sentences", List.of(Map.of("chargeId", p.chargeId,
                                "kind", "IMPRISONMENT_FOR_A_TERM", "termYears", 7, "finePkr", 500000))), (c, row) -> {
            assertThat(c.getInt("charges[0].sentence.termYears")).isEqualTo(10);
            assertThat(c.getInt("appellate[0].effectiveCharges[0].sentence.termYears")).isEqualTo(7);
        }),
        SUSPEND_SENTENCE("suspendSentence", Stage.DECIDED,
                p -> input("caseId", p.caseId, "appealId", p.subjectId, "suspendedOn", "2017-10-06"),
                (c, row) -> assertThat(c.getString("accused[0].custody")).isEqualTo("ON_BAIL"));

        final String field;
        final Stage stage;
        final boolean mutation;
        private final Function<Prepared, Map<String, Object>> mutationInput;
        private final java.util.function.BiFunction<String, Prepared, JsonPath> query;
        /** Checks a successful answer: for a mutation the returned case, for a query the whole answer. */
        final BiConsumer<JsonPath, Row> success;

        Operation(String field, Stage stage, java.util.function.BiFunction<String, Prepared, JsonPath> query,
                  BiConsumer<JsonPath, Row> success) {
            this.field = field;
            this.stage = stage;
            this.mutation = false;
            this.mutationInput = null;
            this.query = query;
            this.success = success;
        }

        Operation(String field, Stage stage, Function<Prepared, Map<String, Object>> input, BiConsumer<JsonPath, Row> success) {
            this.field = field;
            this.stage = stage;
            this.mutation = true;
            this.mutationInput = input;
            this.query = null;
            this.success = success;
        }

        /** The steps some operations need after their stage, taken by those who may take them. */
        Prepared readied(Prepared p) {
            return switch (this) {
                case DECLARE_PROCLAIMED_OFFENDER -> p.with(CaseStoryApiTest.ok("investigator", "declareAbsconding",
                        input("caseId", p.caseId, "accusedId", p.accusedId, "declaredOn", "2017-04-01")), null);
                case DECIDE_BAIL -> {
                    JsonPath c = CaseStoryApiTest.ok("judge", "applyForBail", input("caseId", p.caseId, "accusedId",
                            p.accusedId, "court", COURT, "filedOn", "2017-04-01", "appliedBy", "ACCUSED"));
                    yield p.with(c, c.getString("accused[0].bailApplications[0].id"));
                }
                case CANCEL_BAIL -> {
                    Prepared applied = DECIDE_BAIL.readied(p);
                    yield applied.with(CaseStoryApiTest.ok("judge", "decideBail", DECIDE_BAIL.mutationInput.apply(applied)),
                            applied.subjectId);
                }
                case FILE_SUPPLEMENTARY_CHARGE_SHEET -> {
                    JsonPath c = CaseStoryApiTest.ok("investigator", "addAccused", input("caseId", p.caseId,
                            "name", "Found After The Charge Sheet", "roles", List.of("TRANSPORTER"), "nationality", "PK"));
                    yield p.with(c, c.getString("accused[1].id"));
                }
                case ORDER_APPEAL_ADMISSION -> {
                    JsonPath c = CaseStoryApiTest.ok("judge", "fileAppeal", input("caseId", p.caseId, "accusedId",
                            p.accusedId, "kind", "APPEAL", "appellant", "CONVICT", "against", "CONVICTION",
                            "forum", "HIGH_COURT", "filedOn", "2017-10-01", "grounds", "The recovery was not proved"));
                    yield p.with(c, c.getString("appellate[0].appeals[0].id"));
                }
                case DECIDE_APPEAL, SUSPEND_SENTENCE -> {
                    Prepared filed = ORDER_APPEAL_ADMISSION.readied(p);
                    yield filed.with(CaseStoryApiTest.ok("judge", "orderAppealAdmission",
                            ORDER_APPEAL_ADMISSION.mutationInput.apply(filed)), filed.subjectId);
                }
                default -> p;
            };
        }

        JsonPath send(String user, Prepared prepared) {
            return mutation ? CaseStoryApiTest.mutate(user, field, mutationInput.apply(prepared)) : query.apply(user, prepared);
        }

        /** The top-level field of the answer (Victim.identity is read through case). */
        String rootField() {
            return this == VICTIM_IDENTITY ? "case" : field;
        }

        static Operation named(String name) {
            return Arrays.stream(values()).filter(o -> o.field.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no operation " + name));
        }

        @Override
        public String toString() {
            return field;
        }
    }

    /** The columns of the table: the demo users, each with their one role. */
    enum Caller {
        INVESTIGATOR("investigator", "INVESTIGATOR"),
        INVESTIGATOR2("investigator2", "INVESTIGATOR"),
        PROSECUTOR("prosecutor", "PROSECUTOR"),
        PROSECUTOR2("prosecutor2", "PROSECUTOR"),
        JUDGE("judge", "JUDGE"),
        JUDGE2("judge2", "JUDGE"),
        ANALYST("analyst", "ANALYST"),
        ADMIN("admin", "ADMIN"),
        AUDITOR("auditor", "AUDITOR");

        final String user;
        final String role;

        Caller(String user, String role) {
            this.user = user;
            this.role = role;
        }

        static Caller named(String user) {
            return Arrays.stream(values()).filter(c -> c.user.equals(user)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no caller " + user));
        }

        @Override
        public String toString() {
            return user;
        }
    }

    /** One cell of the table, with the case prepared for it. */
    record Row(Operation operation, Caller caller, Prepared prepared) {
    }

    // ---------------------------------------------------------------- the table

    static Map<Operation, Map<Caller, Outcome>> table() {
        return table(MATRIX);
    }

    static Map<Operation, Map<Caller, Outcome>> table(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<Caller> columns = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1).map(Caller::named).toList();
        Map<Operation, Map<Caller, Outcome>> table = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as(line).hasSize(columns.size() + 1);
            Map<Caller, Outcome> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), Outcome.valueOf(cells[i + 1]));
            }
            assertThat(table.put(Operation.named(cells[0]), row)).as("one line per operation").isNull();
        }
        return table;
    }

    static Stream<Arguments> rows() {
        return rowsOf(MATRIX);
    }

    static Stream<Arguments> rowsOfTheLeadOfAnotherOffice() {
        return rowsOf(LEAD_OF_ANOTHER_OFFICE);
    }

    static Stream<Arguments> rowsOf(String text) {
        return table(text).entrySet().stream().flatMap(op -> op.getValue().entrySet().stream()
                .map(cell -> Arguments.of(op.getKey(), cell.getKey(), cell.getValue())));
    }

    @Test
    void the_table_names_every_operation_and_every_caller() {
        Map<Operation, Map<Caller, Outcome>> table = table();
        assertThat(table.keySet()).containsExactlyInAnyOrder(Operation.values());
        table.values().forEach(row -> assertThat(row.keySet()).containsExactlyInAnyOrder(Caller.values()));
        assertThat(table.values().stream().mapToInt(Map::size).sum()).isEqualTo(333);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("rows")
    void every_operation_as_every_caller(Operation operation, Caller caller, Outcome expected) {
        check(operation, caller, expected, operation.readied(
                prepare(operation.stage, operation == Operation.CASES ? LISTED_ON : REGISTERED_ON)));
    }

    @ParameterizedTest(name = "{0} as {1} on a Karachi case led by investigator: {2}")
    @MethodSource("rowsOfTheLeadOfAnotherOffice")
    void the_office_and_the_lead_are_told_apart(Operation operation, Caller caller, Outcome expected) {
        check(operation, caller, expected,
                prepare(operation.stage, operation == Operation.CASES ? LISTED_ON : REGISTERED_ON, true));
    }

    private static void check(Operation operation, Caller caller, Outcome expected, Prepared prepared) {
        Row row = new Row(operation, caller, prepared);
        if (operation == Operation.CASES) {
            checkCases(row, expected);
            return;
        }
        JsonPath answer = operation.send(caller.user, prepared);
        String context = operation + " as " + caller + ": " + answer.prettify();
        switch (expected) {
            case OK -> {
                assertThat(answer.getList("errors")).as(context).isNull();
                if (operation.mutation) {
                    JsonPath changed = answer.setRootPath("data." + operation.field + ".case");
                    if (operation != Operation.REGISTER_CASE) {
                        assertThat(changed.getString("id")).as(context).isEqualTo(prepared.caseId);
                        assertThat(changed.getInt("version")).as(context).isGreaterThan(prepared.version);
                    }
                    operation.success.accept(changed, row);
                    if (operation != Operation.REGISTER_CASE) {
                        assertThat(versionAsAdmin(prepared.caseId)).as("the change is stored")
                                .isEqualTo(changed.getInt("version"));
                    }
                } else {
                    operation.success.accept(answer, row);
                }
            }
            case FORBIDDEN -> {
                assertThat(answer.getString("errors[0].extensions.code")).as(context).isEqualTo("FORBIDDEN");
                if (operation == Operation.VICTIM_IDENTITY) {
                    // The case is open to the caller, only the identity is not: a pseudonym and a null identity.
                    assertThat(answer.getList("errors")).as(context).hasSize(1);
                    assertThat(answer.getList("errors[0].path")).as(context)
                            .containsExactly("case", "victims", 0, "identity");
                    assertThat(answer.getString("data.case.victims[0].pseudonym")).as(context).startsWith("V-2017-");
                    assertThat((Object) answer.get("data.case.victims[0].identity")).as(context).isNull();
                    assertThat(answer.prettify()).doesNotContain(VICTIM_NAME);
                } else {
                    assertThat(answer.getList("errors[0].path")).as(context).containsExactly(operation.rootField());
                    assertThat((Object) answer.get("data." + operation.rootField())).as(context).isNull();
                }
                assertNothingChanged(row);
                assertRefusedReadAudited(row, operation == Operation.VICTIM_IDENTITY ? "READ_VICTIM_IDENTITY_REFUSED"
                        : "READ_AUDIT_TRAIL_REFUSED");
            }
            case NOT_FOUND -> {
                assertThat(answer.getString("errors[0].extensions.code")).as(context).isEqualTo("NOT_FOUND");
                assertThat(answer.getList("errors[0].path")).as(context).containsExactly(operation.rootField());
                assertThat((Object) answer.get("data." + operation.rootField())).as(context).isNull();
                assertThat(answer.prettify()).as("a refusal reveals nothing of the case")
                        .doesNotContain(prepared.fir).doesNotContain(VICTIM_NAME);
                // The very answer a case that does not exist gets.
                String unknown = UUID.randomUUID().toString();
                JsonPath missing = operation.send(caller.user, prepared.withCaseId(unknown));
                assertThat(missing.getString("errors[0].extensions.code")).as(missing.prettify()).isEqualTo("NOT_FOUND");
                assertThat(answer.getString("errors[0].message")).as(context)
                        .isEqualTo(missing.getString("errors[0].message").replace(unknown, prepared.caseId))
                        .isEqualTo("Case " + prepared.caseId + " does not exist or is not open to you");
                assertNothingChanged(row);
                assertRefusedReadAudited(row, "READ_CASE_REFUSED");
            }
            default -> throw new IllegalStateException(expected + " is for cases only");
        }
    }

    /** What the caller's pages of cases (of the day only these rows register on) hold of the prepared case. */
    private static void checkCases(Row row, Outcome expected) {
        String page = "query($after: String, $day: Date) { cases(first: 100, after: $after, "
                + "filter: {registeredFrom: $day, registeredTo: $day}) { edges { node { id firNumber } } "
                + "pageInfo { hasNextPage endCursor } } }";
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 20; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("day", LISTED_ON);
            variables.put("after", after);
            JsonPath answer = Gql.as(row.caller.user, page, variables).extract().jsonPath();
            String context = "cases as " + row.caller + ": " + answer.prettify();
            if (expected == Outcome.FORBIDDEN) {
                assertThat(answer.getString("errors[0].extensions.code")).as(context).isEqualTo("FORBIDDEN");
                assertThat((Object) answer.get("data")).as(context).isNull();
                return;
            }
            assertThat(answer.getList("errors")).as(context).isNull();
            ids.addAll(answer.getList("data.cases.edges.node.id", String.class));
            if (!answer.getBoolean("data.cases.pageInfo.hasNextPage")) {
                break;
            }
            after = answer.getString("data.cases.pageInfo.endCursor");
        }
        switch (expected) {
            case LISTED -> assertThat(ids).as("cases as " + row.caller).contains(row.prepared.caseId);
            case UNLISTED -> assertThat(ids).as("cases as " + row.caller).doesNotContain(row.prepared.caseId);
            default -> throw new IllegalStateException(expected + " is not for cases");
        }
    }

    private static int versionAsAdmin(String caseId) {
        JsonPath read = Gql.as("admin", "query($id: ID!) { case(id: $id) { id version } }", Map.of("id", caseId))
                .extract().jsonPath();
        assertThat(read.getList("errors")).as(read.prettify()).isNull();
        return read.getInt("data.case.version");
    }

    /** The last entry on the case's audit trail, as the auditor reads it. */
    static JsonPath lastOnTrail(String caseId) {
        JsonPath trail = Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                + "{ edges { node { actorId action } } } }", Map.of("id", caseId)).extract().jsonPath();
        assertThat(trail.getList("errors")).as(trail.prettify()).isNull();
        List<Map<String, Object>> nodes = trail.getList("data.auditTrail.edges.node");
        assertThat(nodes).as("the trail of " + caseId).isNotEmpty();
        return new JsonPath(trail.prettify()).setRootPath("data.auditTrail.edges[" + (nodes.size() - 1) + "].node");
    }

    /** A refused read of a case, an identity or a trail is itself on the case's trail, by whom and as what. */
    private static void assertRefusedReadAudited(Row row, String action) {
        if (row.operation != Operation.CASE && row.operation != Operation.VICTIM_IDENTITY
                && row.operation != Operation.AUDIT_TRAIL) {
            return;
        }
        JsonPath last = lastOnTrail(row.prepared.caseId);
        assertThat(last.getString("action")).as(row.operation + " refused to " + row.caller + " is audited").isEqualTo(action);
        assertThat(last.getString("actorId")).isEqualTo(idOf(row.caller.user));
    }

    /** A refused mutation changed nothing: the case keeps its version; a refused registration left its FIR free. */
    private static void assertNothingChanged(Row row) {
        if (!row.operation.mutation) {
            return;
        }
        if (row.operation == Operation.REGISTER_CASE) {
            JsonPath again = CaseStoryApiTest.ok("investigator", "registerCase", registration(row.prepared.fir, REGISTERED_ON));
            assertThat(again.getString("firNumber")).isEqualTo(row.prepared.fir);
            return;
        }
        assertThat(versionAsAdmin(row.prepared.caseId)).as(row.operation + " refused to " + row.caller + " changes nothing")
                .isEqualTo(row.prepared.version);
    }
}
