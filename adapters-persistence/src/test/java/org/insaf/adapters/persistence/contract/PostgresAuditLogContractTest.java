package org.insaf.adapters.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.AuditLogContract;
import org.insaf.application.port.out.AuditLog;

import java.util.function.Supplier;

/** The audit log contract against the PostgreSQL hash-chain log. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresAuditLogContractTest extends AuditLogContract {

    @Inject
    AuditLog auditLog;

    @Override
    protected AuditLog auditLog() {
        return auditLog;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
