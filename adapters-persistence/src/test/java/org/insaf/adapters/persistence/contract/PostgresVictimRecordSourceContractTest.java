package org.insaf.adapters.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.VictimRecordSourceContract;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.VictimRecordSource;

import java.util.function.Supplier;

/** The de-identified victim records contract against the SQL of the persistence adapter. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresVictimRecordSourceContractTest extends VictimRecordSourceContract {

    @Inject
    CaseEventWriter cases;

    @Inject
    VictimRecordSource source;

    @Override
    protected CaseEventWriter cases() {
        return cases;
    }

    @Override
    protected VictimRecordSource source() {
        return source;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
