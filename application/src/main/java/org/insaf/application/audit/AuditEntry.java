package org.insaf.application.audit;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which case and when, with the case's status before
 * and after. Entries are only ever appended.
 *
 * @param detail a short note without personal data (e.g. a pseudonym, never a name)
 */
public record AuditEntry(Instant at, String actorId, AuditAction action, CaseId caseId,
                         Optional<CaseStatus> statusBefore, Optional<CaseStatus> statusAfter, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(statusBefore, "statusBefore");
        Objects.requireNonNull(statusAfter, "statusAfter");
        detail = detail == null ? "" : detail;
    }
}
