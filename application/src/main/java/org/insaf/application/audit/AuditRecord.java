package org.insaf.application.audit;

import java.util.Objects;

/** An entry as the log holds it: its place in the log (the sequence, from 1) and what it says. */
public record AuditRecord(long sequence, AuditEntry entry) {

    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        if (sequence < 1) {
            throw new IllegalArgumentException("an audit entry's sequence starts at 1: " + sequence);
        }
    }
}
