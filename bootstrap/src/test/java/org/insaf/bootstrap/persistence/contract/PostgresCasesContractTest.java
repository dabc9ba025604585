package org.insaf.bootstrap.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.application.contract.CasesContract;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.bootstrap.InsafTestInfrastructure;

import java.util.function.Supplier;

/** The application's contract of the case ports, run against the PostgreSQL adapter on the real database. */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class PostgresCasesContractTest extends CasesContract {

    @Inject
    CaseLoader loader;

    @Inject
    CaseEventWriter writer;

    @Inject
    CaseFinder finder;

    @Inject
    VictimIdentityReader identities;

    @Override
    protected CaseLoader loader() {
        return loader;
    }

    @Override
    protected CaseEventWriter writer() {
        return writer;
    }

    @Override
    protected CaseFinder finder() {
        return finder;
    }

    @Override
    protected VictimIdentityReader identities() {
        return identities;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
