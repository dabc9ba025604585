package org.insaf.bootstrap.logging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.casefile.HearingEntity;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A failed insert of a hearing must not put the hearing's words into the log or into the error:
 * PostgreSQL's DETAIL of a constraint violation quotes the whole failing row.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class LogHygieneTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_failed_insert_of_a_hearing_logs_neither_its_words_nor_its_values() throws Exception {
        String words = "Statement of Zarina Qasim of Okara " + UUID.randomUUID();
        HearingEntity hearing = new HearingEntity();
        hearing.id = UUID.randomUUID();
        hearing.caseId = UUID.randomUUID();
        hearing.position = 0;
        hearing.hearingDate = LocalDate.of(2017, 7, 15);
        hearing.court = "SESSIONS-COURT-OKARA";
        hearing.proceedings = words;
        hearing.nextDate = LocalDate.of(2017, 7, 1); // before the hearing: the CHECK refuses the row

        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> hearing.persistAndFlush()));

        assertThat(failure).as("the insert must fail, or this test proves nothing").isNotNull();
        assertThat(chainOfMessages(failure)).contains("hearing_next_after").doesNotContain(words).doesNotContain("Okara");
        assertThat(TestLog.linesHolding(List.of(words, "Zarina Qasim"))).isEmpty();
        assertThat(TestLog.lines()).as("the failure was logged, so the log was searched where it speaks")
                .anyMatch(line -> line.contains("hearing_next_after"));
    }

    @Test
    void the_driver_leaves_the_failing_row_out_of_its_errors() throws SQLException {
        String words = "Evidence of Bilal Ahmed, CNIC 35202-7654321-1 " + UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO hearing (id, case_id, position, hearing_date, "
                     + "court, proceedings, next_date) VALUES (?, ?, 0, DATE '2017-07-15', 'C', ?, DATE '2017-07-01')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, words);
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("hearing_next_after")
                    .satisfies(e -> assertThat(chainOfMessages(e)).doesNotContain(words).doesNotContain("35202-7654321-1"));
        }
    }

    private static String chainOfMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                messages.append(sql.getNextException()).append('\n');
            }
        }
        return messages.toString();
    }
}
