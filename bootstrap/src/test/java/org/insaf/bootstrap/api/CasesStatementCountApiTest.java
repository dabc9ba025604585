package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.persistence.ChargedCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * No N+1 through the API: the {@code cases} query with victims, accused, charges and the statutes
 * they cite issues the same number of SQL statements for a page of 5 and a page of 50.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesStatementCountApiTest {

    private static final String PAGE = """
            query Page($office: String!, $first: Int!) {
              cases(filter: {office: $office}, first: $first) {
                edges { node { id firNumber status
                  victims { pseudonym gender exploitation }
                  accused { name roles }
                  charges { statuteCode verdict { outcome } statute { code act section title penalty { description } } } } }
                pageInfo { hasNextPage endCursor } } }""";

    private final String office = "AHTC Api Count " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CaseEventWriter writer;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void fiftyChargedCases() {
        ChargedCases.store(writer, office, 50);
    }

    private long statementsForPageOf(int size) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Gql.as("admin", PAGE, Map.of("office", office, "first", size))
                .body("errors", nullValue())
                .body("data.cases.edges", hasSize(size))
                .body("data.cases.edges.node.charges.flatten().statute.code", hasSize(size));
        return statistics.getPrepareStatementCount();
    }

    @Test
    void a_page_of_50_with_its_people_charges_and_statutes_costs_as_many_statements_as_a_page_of_5() {
        long five = statementsForPageOf(5);
        long fifty = statementsForPageOf(50);
        assertThat(five).isPositive().isLessThanOrEqualTo(14);
        assertThat(fifty).isEqualTo(five);
    }
}
