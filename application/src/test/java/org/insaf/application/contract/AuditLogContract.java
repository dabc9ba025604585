package org.insaf.application.contract;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.port.out.AuditLog;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link AuditLog} must do: keep each entry whole, give a case's entries back in the
 * order they were appended, and keep the entries of different cases apart.
 */
public abstract class AuditLogContract {

    protected abstract AuditLog auditLog();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * A case the log may write entries for. By default a fresh id; a store whose entries must
     * refer to a stored case overrides this to store one first.
     */
    protected CaseId aCase() {
        return CaseId.random();
    }

    private static final Instant NOON = Instant.parse("2024-01-15T07:00:00Z");

    private void append(AuditEntry entry) {
        inTransaction(() -> {
            auditLog().append(entry);
            return null;
        });
    }

    private List<AuditEntry> entriesOf(CaseId id) {
        return inTransaction(() -> auditLog().entriesOf(id));
    }

    private static AuditEntry entry(CaseId id, Instant at, String actor, AuditAction action, CaseStatus before,
                                    CaseStatus after, String detail) {
        return new AuditEntry(at, actor, action, id, Optional.ofNullable(before), Optional.ofNullable(after), detail);
    }

    @Test
    void an_entry_is_kept_whole() {
        CaseId id = aCase();
        AuditEntry registered = entry(id, NOON, "inv-lahore", AuditAction.REGISTER_CASE, null, CaseStatus.REGISTERED,
                "FIR 12/2017");
        append(registered);
        assertThat(entriesOf(id)).containsExactly(registered);
    }

    @Test
    void every_action_and_status_is_kept() {
        CaseId id = aCase();
        CaseStatus[] statuses = CaseStatus.values();
        AuditAction[] actions = java.util.Arrays.stream(AuditAction.values()).filter(AuditAction::concernsACase)
                .toArray(AuditAction[]::new);
        List<AuditEntry> appended = new java.util.ArrayList<>();
        for (int i = 0; i < actions.length; i++) {
            AuditEntry e = entry(id, NOON.plusSeconds(i), "user-" + i, actions[i], statuses[i % statuses.length],
                    statuses[(i + 1) % statuses.length], i % 2 == 0 ? "" : "detail " + i);
            appended.add(e);
            append(e);
        }
        assertThat(entriesOf(id)).containsExactlyElementsOf(appended);
    }

    @Test
    void an_action_that_concerns_no_case_is_appended_to_the_same_log_and_to_no_case() {
        CaseId id = aCase();
        AuditEntry registered = entry(id, NOON, "inv-lahore", AuditAction.REGISTER_CASE, null, CaseStatus.REGISTERED, "");
        append(registered);
        append(AuditEntry.withoutCase(NOON.plusSeconds(1), "analyst", AuditAction.PUBLISH_FIGURES, "figures of 2017, revision 1"));
        AuditEntry started = entry(id, NOON.plusSeconds(2), "inv-lahore", AuditAction.START_INVESTIGATION,
                CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION, "");
        append(started);
        assertThat(entriesOf(id)).containsExactly(registered, started);
    }

    @Test
    void an_entry_names_its_case_exactly_when_its_action_concerns_one() {
        assertThatThrownBy(() -> entry(null, NOON, "inv", AuditAction.REGISTER_CASE, null, CaseStatus.REGISTERED, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("REGISTER_CASE names the case it was done to");
        assertThatThrownBy(() -> entry(aCase(), NOON, "analyst", AuditAction.PUBLISH_FIGURES, null, null, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PUBLISH_FIGURES concerns no case");
    }

    @Test
    void entries_come_back_oldest_first_in_the_order_appended_even_within_one_instant() {
        CaseId id = aCase();
        AuditEntry first = entry(id, NOON, "judge", AuditAction.RECORD_VERDICT, CaseStatus.ON_TRIAL,
                CaseStatus.ON_TRIAL, "CONVICTED on charge 1");
        AuditEntry second = entry(id, NOON, "judge", AuditAction.RECORD_VERDICT, CaseStatus.ON_TRIAL,
                CaseStatus.DECIDED, "ACQUITTED on charge 2");
        AuditEntry third = entry(id, NOON, "judge", AuditAction.READ_VICTIM_IDENTITY, CaseStatus.DECIDED,
                CaseStatus.DECIDED, "identity of V-2017-000001");
        append(first);
        append(second);
        append(third);
        assertThat(entriesOf(id)).containsExactly(first, second, third);
    }

    @Test
    void the_entries_of_each_case_stay_apart() {
        CaseId one = aCase();
        CaseId two = aCase();
        AuditEntry a = entry(one, NOON, "inv", AuditAction.REGISTER_CASE, null, CaseStatus.REGISTERED, "");
        AuditEntry b = entry(two, NOON.plusSeconds(1), "inv", AuditAction.REGISTER_CASE, null, CaseStatus.REGISTERED, "");
        AuditEntry c = entry(one, NOON.plusSeconds(2), "inv", AuditAction.START_INVESTIGATION, CaseStatus.REGISTERED,
                CaseStatus.UNDER_INVESTIGATION, "");
        append(a);
        append(b);
        append(c);
        assertThat(entriesOf(one)).containsExactly(a, c);
        assertThat(entriesOf(two)).containsExactly(b);
    }

    @Test
    void a_case_without_entries_has_an_empty_log() {
        assertThat(entriesOf(aCase())).isEmpty();
    }

    @Test
    void reading_the_log_changes_nothing() {
        CaseId id = aCase();
        AuditEntry e = entry(id, NOON, "inv", AuditAction.ADD_VICTIM, CaseStatus.REGISTERED, CaseStatus.REGISTERED,
                "victim recorded under a pseudonym");
        append(e);
        List<AuditEntry> first = entriesOf(id);
        assertThat(entriesOf(id)).isEqualTo(first).containsExactly(e);
    }

    @Test
    void a_trail_comes_in_pages_after_a_sequence_with_the_sequences_increasing() {
        CaseId id = aCase();
        CaseId other = aCase();
        List<AuditEntry> appended = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AuditEntry e = entry(id, NOON.plusSeconds(i), "judge", AuditAction.RECORD_HEARING, CaseStatus.ON_TRIAL,
                    CaseStatus.ON_TRIAL, "hearing " + i);
            appended.add(e);
            append(e);
            append(entry(other, NOON.plusSeconds(i), "judge", AuditAction.RECORD_HEARING, CaseStatus.ON_TRIAL,
                    CaseStatus.ON_TRIAL, "elsewhere " + i));
        }
        List<AuditRecord> first = inTransaction(() -> auditLog().trailOf(id, 0, 2));
        assertThat(first).extracting(AuditRecord::entry).containsExactlyElementsOf(appended.subList(0, 2));
        List<AuditRecord> rest = inTransaction(() -> auditLog().trailOf(id, first.get(1).sequence(), 10));
        assertThat(rest).extracting(AuditRecord::entry).containsExactlyElementsOf(appended.subList(2, 5));
        List<Long> sequences = new java.util.ArrayList<>();
        first.forEach(r -> sequences.add(r.sequence()));
        rest.forEach(r -> sequences.add(r.sequence()));
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        assertThat(inTransaction(() -> auditLog().trailOf(id, rest.get(2).sequence(), 10))).isEmpty();
    }
}
