package org.insaf.bootstrap.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.application.contract.StatuteCatalogueContract;
import org.insaf.application.port.out.StatuteCatalogue;
import org.insaf.bootstrap.InsafTestInfrastructure;

import java.util.function.Supplier;

/** The statute catalogue contract against the catalogue the migrations loaded. */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class PostgresStatuteCatalogueContractTest extends StatuteCatalogueContract {

    @Inject
    StatuteCatalogue catalogue;

    @Override
    protected StatuteCatalogue catalogue() {
        return catalogue;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
