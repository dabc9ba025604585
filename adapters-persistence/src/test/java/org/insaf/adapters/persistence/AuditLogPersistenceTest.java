package org.insaf.adapters.persistence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.audit.AuditChainReport;
import org.insaf.adapters.persistence.audit.PostgresAuditLog;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.port.out.PseudonymSequence;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log and the pseudonym counter on the real PostgreSQL. The tests share one database
 * and run one after another, so each works on its own case ids and reads the chain as a whole.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class AuditLogPersistenceTest {

    @Inject
    PostgresAuditLog audit;

    @Inject
    PseudonymSequence pseudonyms;

    @Inject
    AgroalDataSource dataSource;

    private static AuditEntry entry(CaseId caseId, AuditAction action, String detail) {
        return new AuditEntry(Instant.parse("2026-11-26T10:15:30.123456789Z"), "judge-1", action, caseId,
                Optional.of(CaseStatus.ON_TRIAL), Optional.of(CaseStatus.ON_TRIAL), detail);
    }

    @Test
    void entries_of_a_case_come_back_in_order_as_they_were_written() {
        CaseId caseId = CaseId.random();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.append(entry(caseId, AuditAction.OPEN_TRIAL, "first"));
            audit.append(entry(caseId, AuditAction.RECORD_HEARING, "second \u001f with a separator"));
        });
        List<AuditEntry> entries = audit.entriesOf(caseId);
        assertThat(entries).extracting(AuditEntry::detail).containsExactly("first", "second \u001f with a separator");
        assertThat(entries.get(0).at()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123456Z"));
        assertThat(entries.get(0).statusBefore()).contains(CaseStatus.ON_TRIAL);
        assertThat(audit.verifyAuditChain().intact()).isTrue();
    }

    @Test
    void an_append_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> audit.append(entry(CaseId.random(), AuditAction.OPEN_TRIAL, "no tx")))
                .hasMessageContaining("Transaction");
    }

    @Test
    void the_service_may_not_update_delete_or_truncate_and_the_table_refuses_even_its_owner() {
        CaseId caseId = CaseId.random();
        QuarkusTransaction.requiringNew().run(() -> audit.append(entry(caseId, AuditAction.CLOSE_CASE, "kept")));
        for (String sql : List.of("UPDATE audit_entry SET detail = 'changed'",
                "DELETE FROM audit_entry", "TRUNCATE audit_entry")) {
            assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied for table audit_entry");
            assertThatThrownBy(() -> executeAsOwner(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("the audit log is append-only");
        }
        assertThat(audit.entriesOf(caseId)).extracting(AuditEntry::detail).containsExactly("kept");
    }

    @Test
    void the_service_may_not_switch_off_the_guards_of_the_audit_log() {
        CaseId caseId = CaseId.random();
        QuarkusTransaction.requiringNew().run(() -> audit.append(entry(caseId, AuditAction.CLOSE_CASE, "kept")));
        long before = audit.verifyAuditChain().entriesChecked();
        // Each the first step of deleting the last entries or rewriting one and its hash chain.
        assertThatThrownBy(() -> execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner of table audit_entry");
        assertThatThrownBy(() -> execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner of table audit_entry");
        assertThatThrownBy(() -> execute("DROP TRIGGER audit_entry_no_update ON audit_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner of");
        assertThatThrownBy(() -> execute("SET session_replication_role = replica"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied to set parameter \"session_replication_role\"");
        assertThatThrownBy(() -> execute("ALTER TABLE audit_entry OWNER TO CURRENT_USER"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner of table audit_entry");
        assertThatThrownBy(() -> execute("CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger "
                + "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$"))
                .isInstanceOf(SQLException.class)
                .hasMessageMatching("(?s).*(permission denied for schema public|must be owner of function).*");
        AuditChainReport report = audit.verifyAuditChain();
        assertThat(report.intact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(before);
        assertThat(audit.entriesOf(caseId)).extracting(AuditEntry::detail).containsExactly("kept");
    }

    @Test
    void concurrent_writers_keep_the_chain_one_line() throws Exception {
        CaseId caseId = CaseId.random();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> writers.add(() -> {
                QuarkusTransaction.requiringNew().run(() -> audit.append(entry(caseId, AuditAction.RECORD_HEARING, "w" + i)));
                return null;
            }));
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.entriesOf(caseId)).hasSize(40);
        AuditChainReport report = audit.verifyAuditChain();
        assertThat(report.intact()).as(report.reason().orElse("intact")).isTrue();
    }

    @Test
    void a_row_altered_behind_the_application_is_detected_at_its_place_in_the_chain() throws SQLException {
        CaseId caseId = CaseId.random();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.append(entry(caseId, AuditAction.RECORD_VERDICT, "CONVICTED on charge 1"));
            audit.append(entry(caseId, AuditAction.RECORD_SENTENCE, "sentence on charge 1"));
        });
        long tampered = audit.verifyAuditChain().entriesChecked() - 1;
        try {
            // Only someone with owner rights can get past the trigger, and the chain still shows it.
            executeAsOwner("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update; "
                    + "UPDATE audit_entry SET detail = 'ACQUITTED on charge 1' WHERE sequence = " + tampered + "; "
                    + "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
            AuditChainReport report = audit.verifyAuditChain();
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBrokenSequence()).contains(tampered);
            assertThat(report.reason()).get().asString().contains("no longer matches its seal");
        } finally {
            executeAsOwner("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update; "
                    + "UPDATE audit_entry SET detail = 'CONVICTED on charge 1' WHERE sequence = " + tampered + "; "
                    + "ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update");
        }
        assertThat(audit.verifyAuditChain().intact()).isTrue();
    }

    @Test
    void pseudonym_numbers_count_from_one_per_year_and_never_repeat() {
        List<Long> numbers = QuarkusTransaction.requiringNew().call(() ->
                List.of(pseudonyms.next(1999), pseudonyms.next(1999), pseudonyms.next(1998), pseudonyms.next(1999)));
        assertThat(numbers).containsExactly(1L, 2L, 1L, 3L);
    }

    /** As the service: its own role, through its own pool. */
    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void executeAsOwner(String sql) throws SQLException {
        try (Connection c = PostgresTestDatabase.database().connectAsOwner(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
