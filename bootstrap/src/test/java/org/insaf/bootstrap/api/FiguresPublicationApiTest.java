package org.insaf.bootstrap.api;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.insaf.adapters.graphql.statistics.SvgChartReader;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.idOf;
import static org.insaf.bootstrap.api.AuthorizationMatrixApiTest.input;

/**
 * The yearly figures as the government publishes them, end to end: an accused counts as
 * investigated in the year they were added to the investigation; the headline rows say what they
 * count; an analyst publishes a year, which freezes it; later changes show as differences, and a
 * revision carries its reason while the first publication stays readable; each publication is
 * audited.
 *
 * <p>The years are 2013 and 2014, which no other test class publishes. The generator's smoke test
 * may store cases of those years in the shared database, so the figures this class adds are read
 * as differences (test classes run one after another). The steps build on each other, in order.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FiguresPublicationApiTest {

    static final String FIGURES = """
            fragment F on YearlyFigures {
              year
              publication { year revision publishedOn publishedBy reason }
              changedSincePublication { row published current }
              headline { counts label investigated prosecuted convicted }
              statutes { statuteCode investigated prosecuted convicted }
              victimsBySex { key count } victimsByAgeGroup { key count }
            }
            """;
    static final String REVISIONS = """
            query($year: Int!) { figuresPublications(year: $year) {
              publication { year revision publishedBy reason }
              figures { ...F }
              changes { row before after } } }
            """ + FIGURES;
    static final String PUBLISH = """
            mutation($input: PublishYearlyFiguresInput!) { publishYearlyFigures(input: $input) {
              revision { publication { year revision publishedOn publishedBy reason } figures { ...F } changes { row before after } } } }
            """ + FIGURES;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String caseId;
    private JsonPath before2013;
    private JsonPath before2014;

    static JsonPath figures(int year) {
        JsonPath answer = Gql.as("analyst", "query($year: Int!) { statistics(year: $year) { ...F } }" + FIGURES,
                Map.of("year", year)).extract().jsonPath();
        assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
        return answer.setRootPath("data.statistics");
    }

    static JsonPath publish(String user, int year, String reason) {
        Map<String, Object> in = new HashMap<>();
        in.put("year", year);
        in.put("reason", reason);
        return Gql.as(user, PUBLISH, Map.of("input", in)).extract().jsonPath();
    }

    private static int figure(JsonPath year, String code, String which) {
        Integer value = year.get("statutes.find { it.statuteCode == '" + code + "' }." + which);
        return value == null ? 0 : value;
    }

    private static int headline(JsonPath year, String counts, String which) {
        return year.getInt("headline.find { it.counts == '" + counts + "' }." + which);
    }

    private JsonPath addAccused(String name, String addedOn) {
        Map<String, Object> in = input("caseId", caseId, "name", name + " " + run, "roles", List.of("RECRUITER"),
                "nationality", "PK");
        if (addedOn != null) {
            in.put("addedOn", addedOn);
        }
        return CaseStoryApiTest.mutate("investigator", "addAccused", in);
    }

    @Test
    @Order(1)
    void an_accused_counts_as_investigated_in_the_year_they_were_added_and_the_headline_says_what_it_counts() {
        before2013 = figures(2013);
        before2014 = figures(2014);
        caseId = CaseStoryApiTest.ok("investigator", "registerCase", input("firNumber", "PUB-" + run + "/2013",
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2013-03-01", "sections", List.of("PACHTO-3", "PPC-371A")))
                .getString("id");
        CaseStoryApiTest.ok("investigator", "startInvestigation", input("caseId", caseId, "startedOn", "2013-03-05"));
        assertThat(addAccused("First", null).getList("errors")).isNull();
        assertThat(addAccused("Second", "2013-04-01").getList("errors")).isNull();

        JsonPath y2013 = figures(2013);
        assertThat(figure(y2013, "PACHTO-3", "investigated") - figure(before2013, "PACHTO-3", "investigated")).isEqualTo(2);
        assertThat(figure(y2013, "PPC-371A", "investigated") - figure(before2013, "PPC-371A", "investigated")).isEqualTo(2);
        // Two persons, each under two trafficking provisions: two persons, four (person, statute) pairs.
        assertThat(headline(y2013, "PERSONS", "investigated") - headline(before2013, "PERSONS", "investigated")).isEqualTo(2);
        assertThat(headline(y2013, "PERSON_STATUTE_PAIRS", "investigated")
                - headline(before2013, "PERSON_STATUTE_PAIRS", "investigated")).isEqualTo(4);
        assertThat(y2013.getList("headline.counts")).containsExactly("PERSONS", "PERSON_STATUTE_PAIRS");
        assertThat(y2013.getString("headline[0].label"))
                .isEqualTo("Alleged traffickers under the trafficking provisions (persons, each counted once)");
        assertThat(y2013.getString("headline[1].label")).contains("person and statute pairs");
        assertThat((Object) y2013.get("publication")).isNull();
        assertThat(y2013.getList("changedSincePublication")).isEmpty();
    }

    @Test
    @Order(2)
    void an_accused_added_to_the_investigation_a_year_later_counts_in_that_year_and_dates_do_not_run_backwards() {
        assertThat(addAccused("Later", "2014-02-01").getList("errors")).isNull();
        assertThat(headline(figures(2014), "PERSONS", "investigated") - headline(before2014, "PERSONS", "investigated"))
                .isEqualTo(1);
        assertThat(figure(figures(2014), "PACHTO-3", "investigated") - figure(before2014, "PACHTO-3", "investigated"))
                .isEqualTo(1);
        assertThat(headline(figures(2013), "PERSONS", "investigated") - headline(before2013, "PERSONS", "investigated"))
                .as("not in the year the case started").isEqualTo(2);

        JsonPath backwards = addAccused("Backdated", "2013-12-01");
        assertThat(backwards.getString("errors[0].extensions.code")).isEqualTo("INVARIANT_VIOLATED");
        assertThat(backwards.getString("errors[0].extensions.rule")).isEqualTo("BUSINESS_DATE");
        assertThat(backwards.getString("errors[0].message"))
                .isEqualTo("the accused's addition date 2013-12-01 is before 2014-02-01, the latest date already recorded in the case");
        JsonPath future = addAccused("Future", "2999-01-01");
        assertThat(future.getString("errors[0].extensions.rule")).isEqualTo("BUSINESS_DATE");
    }

    @Test
    @Order(3)
    void an_analyst_publishes_an_ended_year_which_then_reads_as_published_and_the_publication_is_audited() {
        JsonPath current = figures(2013);
        JsonPath published = publish("analyst", 2013, null);
        assertThat(published.getList("errors")).as(published.prettify()).isNull();
        JsonPath revision = published.setRootPath("data.publishYearlyFigures.revision");
        assertThat(revision.getInt("publication.revision")).isEqualTo(1);
        assertThat(revision.getString("publication.publishedBy")).isEqualTo(idOf("analyst"));
        assertThat((Object) revision.get("publication.reason")).isNull();
        assertThat(revision.getList("changes")).isEmpty();
        assertThat(revision.getMap("figures.headline[0]")).isEqualTo(current.getMap("headline[0]"));

        JsonPath read = figures(2013);
        assertThat(read.getInt("publication.revision")).isEqualTo(1);
        assertThat(read.getList("changedSincePublication")).isEmpty();
        assertThat(read.getList("statutes")).isEqualTo(current.getList("statutes"));

        assertThat(auditedPublications(2013)).containsExactly(List.of(idOf("analyst"), "figures of 2013, revision 1"));
    }

    @Test
    @Order(4)
    void a_change_of_the_data_after_publication_shows_as_a_difference_and_never_rewrites_a_published_number() throws Exception {
        JsonPath published = figures(2013);
        // A victim of a 2013 case: counted by the year of registration, so the published 2013 figures are behind.
        CaseStoryApiTest.ok("investigator", "addVictim", input("caseId", caseId, "identity", Map.of("name", "Pub victim " + run),
                "gender", "INTERSEX", "dateOfBirth", "1980-01-01", "nationality", "PK"));

        JsonPath read = figures(2013);
        assertThat(read.getList("victimsBySex")).as("the published numbers").isEqualTo(published.getList("victimsBySex"));
        int intersex = published.getInt("victimsBySex.find { it.key == 'INTERSEX' }.count");
        int adults = published.getInt("victimsByAgeGroup.find { it.key == 'ADULT' }.count");
        assertThat(read.getList("changedSincePublication")).containsExactly(
                Map.of("row", "victimsByAgeGroup.ADULT", "published", adults, "current", adults + 1),
                Map.of("row", "victimsBySex.INTERSEX", "published", intersex, "current", intersex + 1));
        // The trend reads the same, and its chart says what it counts.
        JsonPath trend = Gql.as("admin", "{ statisticsTrend(from: 2013, to: 2014) { years { ...F } chartSvg } }" + FIGURES)
                .extract().jsonPath().setRootPath("data.statisticsTrend");
        assertThat(trend.getList("years[0].changedSincePublication")).isEqualTo(read.getList("changedSincePublication"));
        assertThat(trend.getList("years[0].victimsBySex")).isEqualTo(read.getList("victimsBySex"));
        assertThat(trend.getInt("years[0].publication.revision")).isEqualTo(1);
        SvgChartReader chart = SvgChartReader.parse(trend.getString("chartSvg"));
        assertThat(chart.title())
                .startsWith("Alleged traffickers under the trafficking provisions, 2013\u20132014 (persons, each counted once)");
        assertThat(chart.values("investigated")).containsExactly(
                (long) trend.getInt("years[0].headline[0].investigated"), (long) trend.getInt("years[1].headline[0].investigated"));
    }

    @Test
    @Order(5)
    void a_year_is_published_again_only_as_a_revision_with_its_reason_and_the_first_stays_readable() {
        JsonPath again = publish("analyst", 2013, null);
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("BAD_INPUT");
        assertThat(again.getString("errors[0].extensions.rule")).isEqualTo("REVISION_NEEDS_REASON");
        assertThat(again.getString("errors[0].message")).startsWith("the figures of 2013 were published on ")
                .endsWith("(revision 1); publishing them again is a revision and needs the reason for it");
        assertThat(publish("analyst", 2014, "a first publication has no reason").getString("errors[0].extensions.rule"))
                .isEqualTo("REVISION_NEEDS_REASON");

        String reason = "A victim of FIR PUB-" + run + " was recorded after the first publication";
        JsonPath revised = publish("analyst", 2013, reason);
        assertThat(revised.getList("errors")).as(revised.prettify()).isNull();
        JsonPath second = revised.setRootPath("data.publishYearlyFigures.revision");
        assertThat(second.getInt("publication.revision")).isEqualTo(2);
        assertThat(second.getString("publication.reason")).isEqualTo(reason);
        assertThat(second.getList("changes.row")).containsExactly("victimsByAgeGroup.ADULT", "victimsBySex.INTERSEX");

        JsonPath read = figures(2013);
        assertThat(read.getInt("publication.revision")).isEqualTo(2);
        assertThat(read.getList("changedSincePublication")).isEmpty();

        JsonPath revisions = Gql.as("admin", REVISIONS, Map.of("year", 2013)).extract().jsonPath()
                .setRootPath("data.figuresPublications");
        assertThat(revisions.getList("publication.revision")).containsExactly(1, 2);
        assertThat(revisions.getList("changes[0]")).isEmpty();
        assertThat(revisions.getList("changes[1].row")).containsExactly("victimsByAgeGroup.ADULT", "victimsBySex.INTERSEX");
        int first = revisions.getInt("figures[0].victimsBySex.find { it.key == 'INTERSEX' }.count");
        assertThat(revisions.getInt("figures[1].victimsBySex.find { it.key == 'INTERSEX' }.count")).isEqualTo(first + 1);
        assertThat(revisions.getInt("changes[1].find { it.row == 'victimsBySex.INTERSEX' }.before")).isEqualTo(first);

        JsonPath nothingNew = publish("analyst", 2013, "nothing changed");
        assertThat(nothingNew.getString("errors[0].extensions.rule")).isEqualTo("REVISION_CHANGES_FIGURES");
        assertThat(auditedPublications(2013)).containsExactly(List.of(idOf("analyst"), "figures of 2013, revision 1"),
                List.of(idOf("analyst"), "figures of 2013, revision 2, 2 figure(s) changed since revision 1: " + reason));
    }

    @Test
    @Order(6)
    void a_year_not_over_is_not_published() {
        int thisYear = java.time.LocalDate.now().getYear();
        JsonPath now = publish("analyst", thisYear, null);
        assertThat(now.getString("errors[0].extensions.code")).isEqualTo("BAD_INPUT");
        assertThat(now.getString("errors[0].extensions.rule")).isEqualTo("FIGURES_OF_AN_ENDED_YEAR");
        assertThat(publish("analyst", 1999, null).getString("errors[0].message"))
                .isEqualTo("figures are kept from 2000; there are none for 1999");
    }

    /** The audit entries of the year's publications: actor and detail, oldest first, about no case. */
    private static List<List<Object>> auditedPublications(int year) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                    SELECT actor_id, detail, case_id FROM audit_entry
                    WHERE action = 'PUBLISH_FIGURES' AND detail LIKE :year ORDER BY sequence""")
                    .setParameter("year", "figures of " + year + ",%").getResultList();
            rows.forEach(r -> assertThat(r[2]).as("a publication concerns no case").isNull());
            return rows.stream().map(r -> List.<Object>of(r[0], r[1])).toList();
        });
    }
}
