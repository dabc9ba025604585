package org.insaf.bootstrap.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of cases with their victims, accused and offences costs the same number of SQL
 * statements whatever its size: no statement per case.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageStatementCountTest {

    private final String office = "AHTC Count " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CaseEventWriter writer;

    @Inject
    CaseFinder finder;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void fiftyChargedCases() {
        ChargedCases.store(writer, office, 50);
    }

    private long statementsForPageOf(int size) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        CasePage page = QuarkusTransaction.requiringNew().call(() -> finder.find(CaseFilter.ANY,
                new CaseVisibility(false, Optional.of(office), Optional.empty()), Optional.empty(), size));
        assertThat(page.cases()).hasSize(size);
        assertThat(page.cases()).allSatisfy(r -> {
            assertThat(r.victims()).hasSize(1);
            assertThat(r.accused()).hasSize(1);
            assertThat(r.offences()).hasSize(1);
        });
        return statistics.getPrepareStatementCount();
    }

    @Test
    void a_page_of_50_costs_as_many_statements_as_a_page_of_5() {
        long five = statementsForPageOf(5);
        long fifty = statementsForPageOf(50);
        assertThat(five).isPositive().isLessThanOrEqualTo(12);
        assertThat(fifty).isEqualTo(five);
    }
}
