package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.adapters.graphql.statistics.SvgChartReader;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.idOf;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;

/**
 * The seed's figures, built through the API and read back exactly: FIA reported, under PACHTO,
 * 98 alleged traffickers investigated, 60 prosecuted and 25 convicted in 2016, and 90, 53 and 29 in
 * 2017 ({@code shared/domain/background.md}; the definitions are those of docs/statistics.md).
 *
 * <p><b>Which statute.</b> "PACHTO" there is the Prevention and Control of Human Trafficking
 * Ordinance 2002, whose offence is s.3: catalogue code {@code PACHTO-3}, in force from October 2002
 * until the Prevention of Trafficking in Persons Act 2018 repealed it in May 2018. It is the only
 * PACHTO section in the catalogue and the law of 2016 and 2017 (the 2018 Act, {@code PTPA-3}, was
 * not yet in force; PPC s.369A of March 2016 is a separate statute with its own figures). So the
 * cases below are registered and charged under {@code PACHTO-3}, with facts of 2015–2017 that its
 * elements and transnational scope fit (recruitment by deception for sexual exploitation, Pakistan
 * to Iran to Oman).
 *
 * <p><b>Isolation.</b> The database is shared with the other test classes of the run, several of
 * which create 2017 PACHTO-3 cases (registered, charged and convicted in 2017). So the figures are
 * read before and after this class builds its cases, and the <em>difference</em> is asserted
 * exactly; test classes run one after another, so nothing else writes in between.
 *
 * <p><b>The cases</b> (counted by the year of each event, as the government counts; every accused
 * is added to the investigation on the day it starts):
 * <pre>
 *        registered  investigation  accused  charge sheet (charged)  verdicts: convicted / acquitted
 *   A    2016-01-20  2016-02-01     50       2016-05-02 (40)         2016-11-15: 20/5; 2017-03-15: 10/5
 *   B    2016-08-01  2016-08-10     48       2016-11-01 (20)         2016-12-20: 5/3 (12 still on trial)
 *   C    2016-12-20  2017-01-05     45       2017-04-03 (30)         2017-09-12: 10/6
 *   D    2017-03-01  2017-03-06     45       2017-06-05 (23)         2017-10-10: 9/2
 *   E    2017-04-03  2017-04-10      3 (FIR under PPC-371A only: not PACHTO's)
 * </pre>
 * 2016: investigated 50+48, prosecuted 40+20, convicted 20+5; 2017: investigated 45+45 (C was
 * registered in 2016 but investigated from 2017), prosecuted 30+23, convicted 10+10+9 (A's second
 * verdicts fall in 2017). Accused not charged, acquittals and pending charges count only where
 * the definitions say. Mutations of one kind for one case go in one request (aliases, which
 * GraphQL runs one after another), so the whole build is about forty requests.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedFiguresApiTest {

    static final String PACHTO = "PACHTO-3";
    static final String FIGURES = """
            fragment F on YearlyFigures {
              year
              statutes { statuteCode title investigated prosecuted convicted }
              victimsBySex { key count } victimsByAgeGroup { key count }
              victimsByExploitation { key count } casesByStatus { key count }
            }
            """;
    static final String TREND = "query($from: Int!, $to: Int!) { statisticsTrend(from: $from, to: $to) { from to years { ...F } "
            + "pachto: chartSvg(statute: \"PACHTO-3\") all: chartSvg } }" + FIGURES;
    /** Aliased mutations per request: well under the complexity limit (400) at three fields each. */
    static final int PER_REQUEST = 60;

    record Verdicts(String givenOn, int convicted, int acquitted) {
    }

    record CaseSpec(String label, List<String> sections, String registeredOn, String startedOn, int accused,
                    String offenceDate, String filedOn, int charged, String trialOn, List<Verdicts> verdicts) {
    }

    static final List<CaseSpec> CASES = List.of(
            new CaseSpec("A", List.of(PACHTO), "2016-01-20", "2016-02-01", 50, "2015-12-01", "2016-05-02", 40, "2016-06-01",
                    List.of(new Verdicts("2016-11-15", 20, 5), new Verdicts("2017-03-15", 10, 5))),
            new CaseSpec("B", List.of(PACHTO), "2016-08-01", "2016-08-10", 48, "2016-07-01", "2016-11-01", 20, "2016-11-20",
                    List.of(new Verdicts("2016-12-20", 5, 3))),
            new CaseSpec("C", List.of(PACHTO), "2016-12-20", "2017-01-05", 45, "2016-11-15", "2017-04-03", 30, "2017-05-02",
                    List.of(new Verdicts("2017-09-12", 10, 6))),
            new CaseSpec("D", List.of(PACHTO), "2017-03-01", "2017-03-06", 45, "2017-02-01", "2017-06-05", 23, "2017-07-03",
                    List.of(new Verdicts("2017-10-10", 9, 2))),
            new CaseSpec("E", List.of("PPC-371A"), "2017-04-03", "2017-04-10", 3, null, null, 0, null, List.of()));

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Integer, JsonPath> before = new HashMap<>();
    private final Map<Integer, JsonPath> after = new HashMap<>();
    private JsonPath trendBefore;
    private JsonPath trendAfter;

    private boolean built;

    /**
     * Builds the cases once for the class, in the first test that runs (REST Assured is pointed at
     * the application per test, so not in a {@code @BeforeAll}).
     */
    @BeforeEach
    void build_the_seed_cases_through_the_api_once() {
        if (built) {
            return;
        }
        built = true;
        for (int year : List.of(2016, 2017)) {
            before.put(year, figures("analyst", year));
        }
        trendBefore = trend("admin", 2015, 2018);
        CASES.forEach(this::build);
        for (int year : List.of(2016, 2017)) {
            after.put(year, figures("analyst", year));
        }
        trendAfter = trend("admin", 2015, 2018);
    }

    @Test
    void the_seed_figures_of_2016_and_2017_come_back_exactly() {
        assertThat(added(2016, PACHTO)).as("PACHTO-3 in 2016: investigated, prosecuted, convicted").containsExactly(98, 60, 25);
        assertThat(added(2017, PACHTO)).as("PACHTO-3 in 2017: investigated, prosecuted, convicted").containsExactly(90, 53, 29);
        assertThat(added(2017, "PPC-371A")).as("case E counts under its own statute only").containsExactly(3, 0, 0);
        assertThat(after.get(2016).getString("data.statistics.statutes.find { it.statuteCode == 'PACHTO-3' }.title"))
                .isEqualTo("Human trafficking into or out of Pakistan");
    }

    @Test
    void the_victims_and_cases_of_the_year_of_registration_come_back_too() {
        // A, B and C were registered in 2016 with a girl each; D (a girl) and E (no victim) in 2017.
        assertThat(addedEntry(2016, "victimsBySex", "FEMALE")).isEqualTo(3);
        assertThat(addedEntry(2016, "victimsByAgeGroup", "CHILD")).isEqualTo(3);
        assertThat(addedEntry(2016, "victimsByExploitation", "SEXUAL_EXPLOITATION")).isEqualTo(3);
        assertThat(addedEntry(2016, "casesByStatus", "ON_TRIAL")).isEqualTo(3);
        assertThat(addedEntry(2017, "victimsBySex", "FEMALE")).isEqualTo(1);
        assertThat(addedEntry(2017, "casesByStatus", "ON_TRIAL")).isEqualTo(1);
        assertThat(addedEntry(2017, "casesByStatus", "UNDER_INVESTIGATION")).isEqualTo(1);
        // Every key of each vocabulary, in its order, so years line up entry by entry.
        assertThat(after.get(2016).getList("data.statistics.victimsBySex.key"))
                .containsExactly("FEMALE", "MALE", "TRANSGENDER", "INTERSEX", "NON_CONFORMING", "UNKNOWN");
        assertThat(after.get(2016).getList("data.statistics.victimsByAgeGroup.key")).containsExactly("CHILD", "ADULT", "UNKNOWN");
        assertThat(after.get(2016).getList("data.statistics.casesByStatus.key")).startsWith("REGISTERED", "UNDER_INVESTIGATION");
    }

    @Test
    void the_trend_across_years_carries_the_same_series() {
        JsonPath t = trendAfter.setRootPath("data.statisticsTrend");
        assertThat(trendAfter.getList("errors")).as(trendAfter.prettify()).isNull();
        assertThat(t.getInt("from")).isEqualTo(2015);
        assertThat(t.getInt("to")).isEqualTo(2018);
        assertThat(t.getList("years.year", Integer.class)).containsExactly(2015, 2016, 2017, 2018);

        assertThat(trendAdded(PACHTO, "investigated")).containsExactly(0, 98, 90, 0);
        assertThat(trendAdded(PACHTO, "prosecuted")).containsExactly(0, 60, 53, 0);
        assertThat(trendAdded(PACHTO, "convicted")).containsExactly(0, 25, 29, 0);
        // Each year of the trend is that year's figures.
        for (int year : List.of(2016, 2017)) {
            assertThat(t.getMap("years.find { it.year == " + year + " }"))
                    .isEqualTo(after.get(year).getMap("data.statistics"));
        }
    }

    @Test
    void the_trend_chart_is_an_svg_with_the_series_of_the_trend() throws Exception {
        JsonPath t = trendAfter.setRootPath("data.statisticsTrend");
        SvgChartReader pachto = SvgChartReader.parse(t.getString("pachto"));
        assertThat(pachto.root().getLocalName()).isEqualTo("svg");
        assertThat(pachto.title()).contains("PACHTO-3").contains("2015\u20132018");
        assertThat(pachto.seriesNames()).containsExactly("investigated", "prosecuted", "convicted");
        for (String series : pachto.seriesNames()) {
            assertThat(pachto.values(series)).as(series).containsExactlyElementsOf(
                    IntStream.of(2015, 2016, 2017, 2018).mapToObj(y -> (long) figure(t, y, PACHTO, series)).toList());
        }
        SvgChartReader all = SvgChartReader.parse(t.getString("all"));
        assertThat(all.title()).contains("the trafficking provisions").contains("persons, each counted once");
        assertThat(all.values("investigated").get(2)).as("the trafficking provisions add PPC-371A's 2017 accused to PACHTO-3's")
                .isGreaterThanOrEqualTo(figure(t, 2017, PACHTO, "investigated") + 3L);

        // The same chart over HTTP, for a browser or curl.
        String svg = given().auth().oauth2(Tokens.of("analyst"))
                .queryParam("from", 2015).queryParam("to", 2018).queryParam("statute", PACHTO)
                .when().get("/statistics/trend.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(svg).isEqualTo(t.getString("pachto"));
        // Kept for a person to look at (target/ is never committed).
        Files.writeString(Path.of("target", "pachto-trend.svg"), svg);
    }

    // ---------------------------------------------------------------- building a case

    private void build(CaseSpec spec) {
        String fir = "SEED-" + spec.label + "-" + run + "/" + spec.registeredOn.substring(0, 4);
        String id = CaseStoryApiTest.ok("investigator", "registerCase", input("firNumber", fir, "office", "FIA-AHTC-LAHORE",
                "registeredOn", spec.registeredOn, "sections", spec.sections)).getString("id");
        CaseStoryApiTest.ok("admin", "assignCase", input("caseId", id, "prosecutor", idOf("prosecutor"),
                "court", "SESSIONS-COURT-LAHORE", "judge", idOf("judge")));

        List<Call> investigation = new ArrayList<>();
        investigation.add(new Call("startInvestigation", input("caseId", id, "startedOn", spec.startedOn)));
        if (spec.charged > 0) {
            investigation.add(new Call("addVictim", input("caseId", id, "identity", Map.of("name", "Seed victim " + spec.label),
                    "gender", "FEMALE", "dateOfBirth", "2003-05-01", "nationality", "PK",
                    "exploitation", List.of("SEXUAL_EXPLOITATION"))));
            investigation.add(new Call("recordFacts", input("caseId", id, "facts", Map.of(
                    "acts", List.of("RECRUITMENT", "HARBOURING"), "means", List.of("DECEPTION"),
                    "purposes", List.of("SEXUAL_EXPLOITATION"), "route", List.of("PK", "IR", "OM"),
                    "offenceDate", spec.offenceDate))));
        }
        for (int i = 1; i <= spec.accused; i++) {
            investigation.add(new Call("addAccused", input("caseId", id, "name", "Seed accused " + spec.label + i,
                    "roles", List.of("RECRUITER"), "nationality", "PK", "addedOn", spec.startedOn)));
        }
        inRequests("investigator", investigation);
        if (spec.charged == 0) {
            return;
        }

        JsonPath parties = Gql.as("investigator", "query($id: ID!) { case(id: $id) { victims { id } accused { id } } }",
                Map.of("id", id)).extract().jsonPath();
        String victim = parties.getString("data.case.victims[0].id");
        List<String> accused = parties.getList("data.case.accused.id", String.class);
        assertThat(accused).hasSize(spec.accused);
        List<Map<String, Object>> charges = accused.subList(0, spec.charged).stream()
                .map(a -> Map.<String, Object>of("accusedId", a, "statute", PACHTO, "victimIds", List.of(victim)))
                .toList();
        List<String> chargeIds = CaseStoryApiTest.ok("prosecutor", "fileChargeSheet",
                input("caseId", id, "filedOn", spec.filedOn, "charges", charges)).getList("charges.id", String.class);
        assertThat(chargeIds).hasSize(spec.charged);

        CaseStoryApiTest.ok("judge", "openTrial", input("caseId", id, "openedOn", spec.trialOn));
        List<Call> verdicts = new ArrayList<>();
        int next = 0;
        for (Verdicts v : spec.verdicts) {
            for (int i = 0; i < v.convicted + v.acquitted; i++) {
                verdicts.add(new Call("recordVerdict", input("caseId", id, "chargeId", chargeIds.get(next++),
                        "outcome", i < v.convicted ? "CONVICTED" : "ACQUITTED", "givenOn", v.givenOn)));
            }
        }
        inRequests("judge", verdicts);
    }

    record Call(String mutation, Map<String, Object> input) {
    }

    /**
     * Sends the mutations in as few requests as the limits allow: each request is one document
     * of aliased mutations, which GraphQL executes one after another, in order.
     */
    static void inRequests(String user, List<Call> calls) {
        for (int start = 0; start < calls.size(); start += PER_REQUEST) {
            List<Call> chunk = calls.subList(start, Math.min(calls.size(), start + PER_REQUEST));
            StringBuilder variables = new StringBuilder();
            StringBuilder fields = new StringBuilder();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Call call = chunk.get(i);
                variables.append(i == 0 ? "" : ", ").append("$i").append(i).append(": ")
                        .append(CaseStoryApiTest.capitalize(call.mutation)).append("Input!");
                fields.append(" m").append(i).append(": ").append(call.mutation).append("(input: $i").append(i)
                        .append(") { case { version } }");
                values.put("i" + i, call.input);
            }
            JsonPath answer = Gql.as(user, "mutation(" + variables + ") {" + fields + " }", values).extract().jsonPath();
            assertThat(answer.getList("errors")).as(user + ": " + answer.prettify()).isNull();
        }
    }

    // ---------------------------------------------------------------- reading the figures

    static JsonPath figures(String user, int year) {
        JsonPath answer = Gql.as(user, "query($year: Int!) { statistics(year: $year) { ...F } }" + FIGURES, Map.of("year", year))
                .extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    static JsonPath trend(String user, int from, int to) {
        JsonPath answer = Gql.as(user, TREND, Map.of("from", from, "to", to)).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer;
    }

    private static int figure(JsonPath figures, String code, String which) {
        Integer value = figures.get("data.statistics.statutes.find { it.statuteCode == '" + code + "' }." + which);
        return value == null ? 0 : value;
    }

    /** Investigated, prosecuted and convicted that this class added to the year's figures of the statute. */
    private List<Integer> added(int year, String code) {
        return List.of("investigated", "prosecuted", "convicted").stream()
                .map(which -> figure(after.get(year), code, which) - figure(before.get(year), code, which))
                .toList();
    }

    private int addedEntry(int year, String list, String key) {
        String path = "data.statistics." + list + ".find { it.key == '" + key + "' }.count";
        return after.get(year).getInt(path) - before.get(year).getInt(path);
    }

    private static int figure(JsonPath trend, int year, String code, String which) {
        Integer value = trend.get("years.find { it.year == " + year + " }.statutes.find { it.statuteCode == '" + code + "' }." + which);
        return value == null ? 0 : value;
    }

    private List<Integer> trendAdded(String code, String which) {
        JsonPath a = trendAfter.setRootPath("data.statisticsTrend");
        JsonPath b = trendBefore.setRootPath("data.statisticsTrend");
        return IntStream.rangeClosed(2015, 2018).mapToObj(y -> figure(a, y, code, which) - figure(b, y, code, which)).toList();
    }
}
