package org.insaf.adapters.persistence.audit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain check without a database: what the owner of the database can do to the rows (edit,
 * re-seal, remove) and to nothing else, and whether the verifier names the entry.
 */
class AuditChainVerifierTest {

    private static final AuditKey KEY = AuditKey.of("a1", Base64.getEncoder().encodeToString(new byte[32]));
    private static final AuditKey OTHER_KEY = AuditKey.of("a1", Base64.getEncoder().encodeToString("x".repeat(32).getBytes()));
    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    /** A chain of {@code legacy} SHA-256 entries followed by {@code keyed} entries sealed with KEY. */
    private static List<AuditEntryEntity> chain(int legacy, int keyed) {
        List<AuditEntryEntity> rows = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= legacy + keyed; i++) {
            AuditEntryEntity row = row(i, previous, "entry " + i);
            if (i <= legacy) {
                row.seal = AuditChain.SHA256;
                row.hash = AuditChain.hashOf(row);
            } else {
                AuditChain.seal(row, KEY);
            }
            rows.add(row);
            previous = row.hash;
        }
        return rows;
    }

    private static AuditEntryEntity row(long sequence, String previous, String detail) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.sequence = sequence;
        row.at = AT.plusSeconds(sequence);
        row.actorId = "judge-1";
        row.action = "RECORD_HEARING";
        row.caseId = new UUID(0, 42);
        row.statusBefore = "ON_TRIAL";
        row.statusAfter = "ON_TRIAL";
        row.detail = detail;
        row.previousHash = previous;
        return row;
    }

    /** What an owner without the key can do: re-seal from {@code from} on with plain SHA-256. */
    private static void resealWithSha256(List<AuditEntryEntity> rows, int from) {
        String previous = from == 1 ? AuditChain.GENESIS : rows.get(from - 2).hash;
        for (AuditEntryEntity row : rows.subList(from - 1, rows.size())) {
            row.previousHash = previous;
            row.seal = AuditChain.SHA256;
            row.keyId = null;
            row.hash = AuditChain.hashOf(row);
            previous = row.hash;
        }
    }

    private static AuditCheckpointFile.Line line(AuditCheckpoint checkpoint) {
        return new AuditCheckpointFile.Line(1, checkpoint.line(), Optional.of(checkpoint));
    }

    private static AuditCheckpointFile.Line checkpointOf(List<AuditEntryEntity> rows, int sequence, long keyedFrom) {
        String hash = sequence == 0 ? AuditChain.GENESIS : rows.get(sequence - 1).hash;
        return line(AuditCheckpoint.signed(sequence, hash, AT, keyedFrom, KEY));
    }

    private static AuditChainReport verify(List<AuditEntryEntity> rows, AuditCheckpointFile.Line... checkpoints) {
        return new AuditChainVerifier(List.of(KEY), List.of(checkpoints), "checkpoints").verify(rows.iterator());
    }

    @Nested
    class An_untouched_chain {

        @Test
        void of_keyed_entries_verifies() {
            List<AuditEntryEntity> rows = chain(0, 5);
            AuditChainReport report = verify(rows, checkpointOf(rows, 0, 1), checkpointOf(rows, 5, 1));
            assertThat(report.intact()).as(report.describe()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(5);
            assertThat(report.checkpointsChecked()).isEqualTo(2);
        }

        @Test
        void made_before_the_key_verifies_and_the_first_keyed_entry_links_to_its_last_entry() {
            List<AuditEntryEntity> rows = chain(3, 2);
            assertThat(rows.get(3).previousHash).isEqualTo(rows.get(2).hash);
            AuditChainReport report = verify(rows, checkpointOf(rows, 3, 4), checkpointOf(rows, 5, 4));
            assertThat(report.intact()).as(report.describe()).isTrue();
        }

        @Test
        void that_is_empty_verifies() {
            assertThat(verify(List.of(), checkpointOf(List.of(), 0, 1)).intact()).isTrue();
        }
    }

    @Nested
    class A_rewrite_by_the_owner_of_the_database {

        @Test
        void an_entry_whose_events_are_edited_removed_or_added_no_longer_matches_its_seal() {
            for (java.util.function.Consumer<AuditEntryEntity> tamper : List.<java.util.function.Consumer<AuditEntryEntity>>of(
                    row -> row.events = "VerdictGiven on=2018-01-15 charge=c1 outcome=ACQUITTED",
                    row -> row.events = null,
                    row -> row.events = row.events + "\nCaseDecided on=2018-01-15")) {
                List<AuditEntryEntity> rows = new ArrayList<>();
                String previous = AuditChain.GENESIS;
                for (int i = 1; i <= 3; i++) {
                    AuditEntryEntity row = row(i, previous, "CONVICTED on charge c1");
                    row.events = "VerdictGiven on=2018-01-15 charge=c1 outcome=CONVICTED";
                    AuditChain.seal(row, KEY);
                    rows.add(row);
                    previous = row.hash;
                }
                assertThat(verify(rows, checkpointOf(rows, 3, 1)).intact()).isTrue();
                tamper.accept(rows.get(1));
                AuditChainReport report = verify(rows, checkpointOf(rows, 3, 1));
                assertThat(report.firstBrokenSequence()).contains(2L);
                assertThat(report.reason()).get().asString().contains("no longer matches its seal");
            }
        }

        @Test
        void an_entry_without_events_is_sealed_over_the_fields_it_always_had() {
            AuditEntryEntity row = row(1, AuditChain.GENESIS, "identity of V-2017-000001");
            row.seal = AuditChain.SHA256;
            String before = AuditChain.hashOf(row);
            row.events = "";
            assertThat(AuditChain.hashOf(row)).as("an empty event list is not the same as none").isNotEqualTo(before);
            row.events = null;
            assertThat(AuditChain.hashOf(row)).isEqualTo(before);
        }

        @Test
        void an_edited_keyed_entry_no_longer_matches_its_seal() {
            List<AuditEntryEntity> rows = chain(0, 4);
            rows.get(1).detail = "ACQUITTED";
            AuditChainReport report = verify(rows, checkpointOf(rows, 4, 1));
            assertThat(report.firstBrokenSequence()).contains(2L);
            assertThat(report.reason()).get().asString().contains("no longer matches its seal");
        }

        @Test
        void re_sealed_with_sha256_after_a_keyed_entry_is_named() {
            List<AuditEntryEntity> rows = chain(0, 4);
            rows.get(2).detail = "ACQUITTED";
            resealWithSha256(rows, 3);
            AuditChainReport report = verify(rows, checkpointOf(rows, 0, 1));
            assertThat(report.firstBrokenSequence()).contains(3L);
            assertThat(report.reason()).get().asString().contains("plain SHA-256 after entry 1");
        }

        @Test
        void re_sealed_with_sha256_from_the_first_entry_is_caught_by_where_the_checkpoints_say_keying_began() {
            List<AuditEntryEntity> rows = chain(2, 3);
            AuditCheckpointFile.Line start = checkpointOf(rows, 2, 3);
            rows.get(3).detail = "ACQUITTED";
            resealWithSha256(rows, 1);
            AuditChainReport report = verify(rows, start);
            assertThat(report.firstBrokenSequence()).contains(3L);
            assertThat(report.reason()).get().asString().contains("began at entry 3");
        }

        @Test
        void re_sealed_with_a_key_of_its_own_under_the_same_name_is_named() {
            List<AuditEntryEntity> rows = chain(0, 3);
            rows.get(1).detail = "ACQUITTED";
            AuditChain.seal(rows.get(1), OTHER_KEY);
            rows.get(2).previousHash = rows.get(1).hash;
            AuditChain.seal(rows.get(2), OTHER_KEY);
            AuditChainReport report = verify(rows, checkpointOf(rows, 0, 1));
            assertThat(report.firstBrokenSequence()).contains(2L);
        }

        @Test
        void sealed_with_a_key_the_verifier_does_not_hold_is_named() {
            List<AuditEntryEntity> rows = chain(0, 2);
            rows.get(1).keyId = "z9";
            AuditChainReport report = verify(rows, checkpointOf(rows, 0, 1));
            assertThat(report.reason()).get().asString().contains("key 'z9'");
        }

        @Test
        void a_rewritten_entry_that_a_checkpoint_recorded_is_named_even_when_the_seal_is_the_verifiers_own() {
            // The case where the key leaked as well: the checkpoint still holds the old hash.
            List<AuditEntryEntity> rows = chain(0, 3);
            AuditCheckpointFile.Line checkpoint = checkpointOf(rows, 3, 1);
            rows.get(2).detail = "ACQUITTED";
            AuditChain.seal(rows.get(2), KEY);
            AuditChainReport report = verify(rows, checkpoint);
            assertThat(report.firstBrokenSequence()).contains(3L);
            assertThat(report.reason()).get().asString().contains("rewritten");
        }

        @Test
        void an_entry_removed_from_the_middle_is_named() {
            List<AuditEntryEntity> rows = chain(0, 4);
            rows.remove(1);
            AuditChainReport report = verify(rows, checkpointOf(rows, 0, 1));
            assertThat(report.firstBrokenSequence()).contains(2L);
            assertThat(report.reason()).get().asString().contains("missing");
        }

        @Test
        void a_removed_tail_is_named_from_the_first_missing_entry() {
            List<AuditEntryEntity> rows = chain(0, 5);
            AuditCheckpointFile.Line checkpoint = checkpointOf(rows, 5, 1);
            rows.subList(3, 5).clear();
            AuditChainReport report = verify(rows, checkpoint);
            assertThat(report.firstBrokenSequence()).contains(4L);
            assertThat(report.reason()).get().asString().contains("the chain ends at entry 3").contains("recorded entry 5");
        }

        @Test
        void a_keyed_chain_with_no_checkpoint_at_all_is_not_called_intact() {
            AuditChainReport report = verify(chain(0, 2));
            assertThat(report.intact()).isFalse();
            assertThat(report.reason()).get().asString().contains("no checkpoint");
        }
    }

    @Nested
    class The_checkpoints {

        @Test
        void a_checkpoint_edited_in_the_file_is_refused() {
            List<AuditEntryEntity> rows = chain(0, 3);
            AuditCheckpoint honest = AuditCheckpoint.signed(3, rows.get(2).hash, AT, 1, KEY);
            AuditCheckpoint edited = new AuditCheckpoint(2, rows.get(1).hash, AT, 1, "a1", honest.mac());
            AuditChainReport report = verify(rows, line(edited));
            assertThat(report.intact()).isFalse();
            assertThat(report.reason()).get().asString().contains("not signed by the audit key");
        }

        @Test
        void a_line_that_is_not_a_checkpoint_is_refused() {
            AuditChainReport report = verify(chain(0, 1),
                    new AuditCheckpointFile.Line(7, "v1 3 nonsense", AuditCheckpoint.parse("v1 3 nonsense")));
            assertThat(report.reason()).get().asString().contains("line 7").contains("not a checkpoint");
        }

        @Test
        void a_checkpoint_reads_back_as_written() {
            AuditCheckpoint written = AuditCheckpoint.signed(12, "ab".repeat(32), AT, 4, KEY);
            assertThat(AuditCheckpoint.parse(written.line())).contains(written);
            assertThat(AuditCheckpoint.parse(written.line()).orElseThrow().signatureHolds(KEY)).isTrue();
        }
    }

    @Nested
    class The_key {

        @Test
        void shorter_than_256_bits_is_refused() {
            assertThatThrownBy(() -> AuditKey.of("a1", Base64.getEncoder().encodeToString(new byte[31])))
                    .hasMessageContaining("at least 32 bytes");
        }

        @Test
        void not_base64_is_refused() {
            assertThatThrownBy(() -> AuditKey.of("a1", "not base64!")).hasMessageContaining("base64");
        }

        @Test
        void an_id_that_cannot_be_stored_is_refused() {
            assertThatThrownBy(() -> AuditKey.of("a 1", Base64.getEncoder().encodeToString(new byte[32])))
                    .hasMessageContaining("insaf.audit.key-id");
        }
    }
}
