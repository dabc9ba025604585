package org.insaf.adapters.graphql.error;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnavailableAndValueFreeTest {

    @Test
    void a_database_that_is_down_or_silent_is_unavailable_however_deeply_wrapped() {
        for (Throwable fault : new Throwable[] {
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"),
                new SQLException("canceling statement due to statement timeout", "57014"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("Sorry, acquisition timeout!"),
                new SQLException("Acquisition timeout while waiting for new connection"),
                new SQLTransientConnectionException("no connection"),
                new java.net.SocketTimeoutException("Read timed out")}) {
            RuntimeException wrapped = new RuntimeException("Unable to acquire JDBC Connection",
                    new IllegalStateException("could not execute query", fault));
            ApiError answer = ErrorTranslation.translate(wrapped);
            assertThat(answer.code()).as(fault.toString()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(answer.message()).contains("not answering").doesNotContain("127.0.0.1").doesNotContain("SQL");
        }
    }

    @Test
    void other_database_errors_are_not_unavailability() {
        assertThat(ErrorTranslation.translate(new RuntimeException(new SQLException("duplicate key", "23505"))).code())
                .isEqualTo(ErrorCode.INTERNAL);
        assertThat(ErrorTranslation.translate(new IllegalStateException("no")).code()).isEqualTo(ErrorCode.INTERNAL);
    }

    @Test
    void request_errors_name_the_argument_and_the_type_never_the_value() {
        assertThat(ErrorTranslatingInstrumentation.withoutValues("Validation error (WrongType@[addVictim]) : argument "
                + "'input.dateOfBirth' with value 'StringValue{value='Ayesha Bibi'}' is not a valid 'Date' - "
                + "Can not parse [Ayesha Bibi]"))
                .isEqualTo("Validation error (WrongType@[addVictim]) : argument 'input.dateOfBirth' with the value "
                        + "given is not a valid 'Date'");
        assertThat(ErrorTranslatingInstrumentation.withoutValues(
                "Variable 'input' has an invalid value: Expected type 'String' but was '3520212345678'"))
                .isEqualTo("Variable 'input' has an invalid value");
        assertThat(ErrorTranslatingInstrumentation.withoutValues(
                "Invalid input for enum 'Gender'. No value found for name 'Ayesha'"))
                .isEqualTo("Invalid input for enum 'Gender'. No such value");
        assertThat(ErrorTranslatingInstrumentation.withoutValues(
                "Invalid syntax with offending token 'Bibi' at line 1 column 60"))
                .isEqualTo("Invalid syntax with an unexpected token at line 1 column 60");
    }
}
