package org.insaf.bootstrap.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.audit.AuditCheckpointer;
import org.insaf.adapters.persistence.audit.PostgresAuditLog;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `audit verify` against what the database's owner can do behind the service's back: disable the
 * append-only triggers (session_replication_role = replica), edit an entry and recompute the
 * SHA-256 chain after it, or delete the last entries. Each test puts the rows back as they were, so
 * the chain the other tests share stays intact.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class AuditVerifyCommandTest {

    private static final String COLUMNS = "sequence, at, actor_id, action, case_id, status_before, status_after, detail, "
            + "previous_hash, seal, key_id, hash";

    @Inject
    AuditCommand command;

    @Inject
    PostgresAuditLog audit;

    @Inject
    AuditCheckpointer checkpointer;

    private long firstOfMine;
    private long lastOfMine;
    private List<Object[]> original;

    private record Outcome(int exitCode, String text) {
    }

    /** Three entries of a case of this test, then a checkpoint that records them. */
    @BeforeEach
    void appendThreeAndCheckpoint() throws SQLException {
        CaseId caseId = CaseId.random();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String detail : List.of("CONVICTED on charge 1", "sentence on charge 1", "case closed")) {
                audit.append(new AuditEntry(Instant.now(), "judge-1", AuditAction.RECORD_VERDICT, caseId,
                        Optional.of(CaseStatus.ON_TRIAL), Optional.of(CaseStatus.ON_TRIAL), detail));
            }
        });
        checkpointer.checkpoint();
        try (Connection owner = InsafTestInfrastructure.ownerConnection(); Statement s = owner.createStatement();
             ResultSet max = s.executeQuery("SELECT max(sequence) FROM audit_entry")) {
            max.next();
            lastOfMine = max.getLong(1);
            firstOfMine = lastOfMine - 2;
            original = rowsFrom(owner, firstOfMine);
        }
        assertThat(verify().exitCode()).as("the chain is intact before the test touches it").isZero();
    }

    @AfterEach
    void putTheRowsBack() throws SQLException {
        try (Connection owner = InsafTestInfrastructure.ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("DELETE FROM audit_entry WHERE sequence >= " + firstOfMine);
            }
            try (PreparedStatement insert = owner.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] row : original) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            owner.commit();
        }
        assertThat(verify().exitCode()).as("the rows are back as they were").isZero();
    }

    @Test
    void an_untouched_chain_verifies() {
        Outcome outcome = verify();
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.text()).contains("audit chain intact");
    }

    @Test
    void an_entry_edited_by_the_owner_with_the_sha256_chain_recomputed_is_named() throws Exception {
        long edited = firstOfMine;
        try (Connection owner = InsafTestInfrastructure.ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute("UPDATE audit_entry SET detail = 'ACQUITTED on charge 1' WHERE sequence = " + edited);
            }
            recomputeSha256ChainFrom(owner, edited);
            owner.commit();
        }
        Outcome outcome = verify();
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.text()).contains("audit entry " + edited + ":").contains("plain SHA-256");
    }

    @Test
    void a_tail_deleted_by_the_owner_is_named_from_its_first_missing_entry() throws Exception {
        try (Connection owner = InsafTestInfrastructure.ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("SET LOCAL session_replication_role = replica");
                assertThat(s.executeUpdate("DELETE FROM audit_entry WHERE sequence > " + firstOfMine)).isEqualTo(2);
            }
            owner.commit();
        }
        Outcome outcome = verify();
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.text()).contains("audit entry " + (firstOfMine + 1) + ":")
                .contains("the chain ends at entry " + firstOfMine).contains("recorded entry " + lastOfMine);
    }

    @Test
    void other_arguments_are_refused_with_the_usage_and_help_is_given() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), "repair")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown audit command: repair").contains("usage:");
        assertThat(command.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))).isEqualTo(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.execute(new PrintStream(out), new PrintStream(err), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }

    private Outcome verify() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), "verify");
        return new Outcome(code, out.toString(StandardCharsets.UTF_8));
    }

    private static List<Object[]> rowsFrom(Connection c, long from) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence >= " + from
                     + " ORDER BY sequence")) {
            while (rs.next()) {
                Object[] row = new Object[12];
                for (int i = 0; i < row.length; i++) {
                    row[i] = i == 1 ? rs.getObject(i + 1, OffsetDateTime.class) : rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** What an owner without the audit key can do: seal every entry from there on as the old chain did. */
    private static void recomputeSha256ChainFrom(Connection owner, long from) throws Exception {
        String previous;
        try (Statement s = owner.createStatement();
             ResultSet rs = s.executeQuery("SELECT hash FROM audit_entry WHERE sequence = " + (from - 1))) {
            previous = rs.next() ? rs.getString(1) : "0".repeat(64);
        }
        for (Object[] row : rowsFrom(owner, from)) {
            String detail = (String) row[7];
            Instant at = ((OffsetDateTime) row[1]).toInstant();
            String canonical = String.join("\u001f", row[0].toString(), at.toString(), (String) row[2], (String) row[3],
                    row[4].toString(), Objects.toString(row[5], ""), Objects.toString(row[6], ""),
                    detail.replace("\\", "\\\\").replace("\u001f", "\\u001f"), previous);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            try (PreparedStatement update = owner.prepareStatement(
                    "UPDATE audit_entry SET seal = 'SHA256', key_id = NULL, previous_hash = ?, hash = ? WHERE sequence = ?")) {
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, (Long) row[0]);
                update.executeUpdate();
            }
            previous = hash;
        }
    }
}
