package org.insaf.adapters.persistence.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.contract.PseudonymSequenceContract;
import org.insaf.application.port.out.PseudonymSequence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pseudonym sequence contract against the PostgreSQL counter. The database is shared with
 * tests that record real victims, so a "fresh" sequence is the real adapter counting in years no
 * one else uses: each test shifts the contract's years into a band of its own, emptied first.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresPseudonymSequenceContractTest extends PseudonymSequenceContract {

    private static final AtomicInteger BAND = new AtomicInteger();

    @Inject
    PseudonymSequence sequence;

    @Override
    protected PseudonymSequence freshSequence() {
        int shift = 3000 + 100 * BAND.getAndIncrement();
        // The service's role may not delete counters (no use case does): the owner clears the band.
        try (Connection c = PostgresTestDatabase.database().connectAsOwner();
             PreparedStatement clear = c.prepareStatement("DELETE FROM pseudonym_counter WHERE year BETWEEN ? AND ?")) {
            clear.setInt(1, 1900 + shift);
            clear.setInt(2, 1999 + shift + 100);
            clear.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return year -> sequence.next(year + shift);
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
