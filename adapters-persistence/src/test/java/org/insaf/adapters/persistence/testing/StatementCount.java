package org.insaf.adapters.persistence.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a read in a transaction of its own and checks how many SQL statements it prepared. */
public final class StatementCount {

    private StatementCount() {
    }

    public static <T> T counted(SessionFactory sessionFactory, long expected, Supplier<T> read) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        T result = QuarkusTransaction.requiringNew().call(read::get);
        assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(expected);
        return result;
    }
}
