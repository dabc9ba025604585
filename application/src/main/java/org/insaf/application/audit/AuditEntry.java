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
 * @param caseId the case acted on; null exactly for the actions that concern no case
 *               ({@link AuditAction#concernsACase()}), such as publishing the yearly figures
 * @param detail a short note without personal data (e.g. a pseudonym, never a name)
 * @param events the content of the domain events the change recorded, one per line, in order, without
 *               personal data ({@link CaseEventContent}); empty for reads and refusals, which change nothing
 */
public record AuditEntry(Instant at, String actorId, AuditAction action, CaseId caseId,
                         Optional<CaseStatus> statusBefore, Optional<CaseStatus> statusAfter, String detail,
                         String events) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        if (action.concernsACase() != (caseId != null)) {
            throw new IllegalArgumentException(action + (caseId == null ? " names the case it was done to" : " concerns no case"));
        }
        Objects.requireNonNull(statusBefore, "statusBefore");
        Objects.requireNonNull(statusAfter, "statusAfter");
        detail = detail == null ? "" : detail;
        events = events == null ? "" : events;
    }

    /** An entry of something that recorded no event: a read, a refusal. */
    public AuditEntry(Instant at, String actorId, AuditAction action, CaseId caseId,
                      Optional<CaseStatus> statusBefore, Optional<CaseStatus> statusAfter, String detail) {
        this(at, actorId, action, caseId, statusBefore, statusAfter, detail, "");
    }

    /** An entry of an action that concerns no case (publishing the figures). */
    public static AuditEntry withoutCase(Instant at, String actorId, AuditAction action, String detail) {
        return new AuditEntry(at, actorId, action, null, Optional.empty(), Optional.empty(), detail, "");
    }

    /** The case acted on, if the action concerns one. */
    public Optional<CaseId> aboutCase() {
        return Optional.ofNullable(caseId);
    }
}
