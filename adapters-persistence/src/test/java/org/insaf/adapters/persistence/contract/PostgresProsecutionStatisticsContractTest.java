package org.insaf.adapters.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.ProsecutionStatisticsContract;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.ProsecutionStatistics;

import java.util.function.Supplier;

/** The yearly figures contract against the SQL aggregates on the real database. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresProsecutionStatisticsContractTest extends ProsecutionStatisticsContract {

    @Inject
    CaseEventWriter cases;

    @Inject
    ProsecutionStatistics statistics;

    @Override
    protected CaseEventWriter cases() {
        return cases;
    }

    @Override
    protected ProsecutionStatistics statistics() {
        return statistics;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
