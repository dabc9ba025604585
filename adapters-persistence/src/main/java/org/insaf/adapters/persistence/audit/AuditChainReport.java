package org.insaf.adapters.persistence.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain and its checkpoints: how many entries and checkpoints
 * were checked and, where something does not fit, the sequence number of the first entry that does
 * not (for a truncated tail, the first entry missing) and why.
 */
public record AuditChainReport(long entriesChecked, long checkpointsChecked, Optional<Long> firstBrokenSequence,
                               Optional<String> reason) {

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }

    static AuditChainReport intact(long entries, long checkpoints) {
        return new AuditChainReport(entries, checkpoints, Optional.empty(), Optional.empty());
    }

    static AuditChainReport broken(long entries, long checkpoints, long sequence, String reason) {
        return new AuditChainReport(entries, checkpoints, Optional.of(sequence),
                Optional.of("audit entry " + sequence + ": " + reason));
    }

    /** One line for an operator. */
    public String describe() {
        return intact() ? "audit chain intact: " + entriesChecked + " entries and " + checkpointsChecked
                + " checkpoints checked"
                : "audit chain broken: " + reason.orElseThrow() + " (" + entriesChecked + " entries and "
                + checkpointsChecked + " checkpoints checked)";
    }
}
