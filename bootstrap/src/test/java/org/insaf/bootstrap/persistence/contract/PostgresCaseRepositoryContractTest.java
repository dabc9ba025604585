package org.insaf.bootstrap.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.application.contract.CaseRepositoryContract;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.bootstrap.InsafTestInfrastructure;

import java.util.function.Supplier;

/** The application's case repository contract, run against the PostgreSQL adapter on the real database. */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class PostgresCaseRepositoryContractTest extends CaseRepositoryContract {

    @Inject
    CaseRepository repository;

    @Override
    protected CaseRepository repository() {
        return repository;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
