package org.insaf.adapters.graphql.error;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void no_connection_within_the_pools_acquisition_timeout_is_the_database_not_answering() {
        // Hibernate wraps the pool's SQLException in a generic JDBC exception: the cause decides.
        RuntimeException wrapped = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));
        assertThat(DatabaseUnavailable.explains(wrapped)).isTrue();
    }

    @Test
    void a_commit_that_lost_the_database_is_the_database_not_answering() {
        RuntimeException commit = new RuntimeException("Could not commit transaction.");
        commit.addSuppressed(new RuntimeException("Error trying to commit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseUnavailable.explains(new RuntimeException("Error invoking subclass method", commit))).isTrue();
        RuntimeException unrelated = new RuntimeException("Could not commit transaction.");
        unrelated.addSuppressed(new SQLException("duplicate key value", "23505"));
        assertThat(DatabaseUnavailable.explains(unrelated)).isFalse();
    }

    @Test
    void another_database_failure_is_not() {
        assertThat(DatabaseUnavailable.explains(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.explains(new SQLException((String) null))).isFalse();
    }
}
