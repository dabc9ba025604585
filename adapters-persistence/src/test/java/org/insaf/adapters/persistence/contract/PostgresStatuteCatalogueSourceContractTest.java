package org.insaf.adapters.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.StatuteCatalogueSourceContract;
import org.insaf.application.port.out.StatuteCatalogueSource;

import java.util.function.Supplier;

/** The statute catalogue contract against the catalogue the migrations loaded. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresStatuteCatalogueSourceContractTest extends StatuteCatalogueSourceContract {

    @Inject
    StatuteCatalogueSource catalogue;

    @Override
    protected StatuteCatalogueSource catalogue() {
        return catalogue;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
