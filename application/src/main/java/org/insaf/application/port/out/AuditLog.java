package org.insaf.application.port.out;

import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.AuditRecord;
import org.insaf.domain.casefile.CaseId;

import java.util.List;

/** The append-only record of who did what. There is no way here to change or remove an entry. */
public interface AuditLog {

    /** Appends in the caller's transaction: the entry stands or falls with the change it records. */
    void append(AuditEntry entry);

    /** The entries of one case, oldest first. */
    List<AuditEntry> entriesOf(CaseId caseId);

    /** Up to {@code limit} entries of one case after the given sequence (0: from the start), oldest first. */
    List<AuditRecord> trailOf(CaseId caseId, long afterSequence, int limit);
}
