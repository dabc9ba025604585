package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.in.CaseCommand;
import org.insaf.application.port.out.AuditLog;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one way a use case changes a case: load it, check the caller may see it (or answer "not
 * found"), check the caller may do this, check the version the caller saw, let the domain make the
 * change (its refusals leave nothing changed), save with the version check, and append one audit
 * entry, all in the caller's transaction.
 */
@ApplicationScoped
public class CaseWorkflow {

    /** Checks that the actor may do this to a case it can see; throws an access refusal otherwise. */
    @FunctionalInterface
    public interface Permission {
        void check(Actor actor, CaseRecord record);
    }

    private final CaseRepository cases;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final CaseAccessPolicy access = new CaseAccessPolicy();

    @Inject
    public CaseWorkflow(CaseRepository cases, AuditLog audit, BusinessClock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    // Accessors, not fields: callers hold a client proxy of this bean, whose fields are empty.
    CaseRepository cases() {
        return cases;
    }

    BusinessClock clock() {
        return clock;
    }

    CaseAccessPolicy access() {
        return access;
    }

    /** A case the actor may see, or "not found" whether it is missing or hidden. */
    CaseRecord visible(Actor actor, CaseId id) {
        return cases.load(id).filter(r -> access.maySee(actor, r)).orElseThrow(() -> new CaseNotFound(id));
    }

    CaseView change(CaseCommand command, AuditAction action, Permission permission, UnaryOperator<CaseRecord> change,
                    String detail) {
        CaseRecord record = visible(command.actor(), command.caseId());
        permission.check(command.actor(), record);
        long loadedVersion = record.caseFile().version();
        command.expectedVersion().filter(expected -> expected != loadedVersion).ifPresent(expected -> {
            throw new StaleCase(command.caseId(), expected, loadedVersion);
        });
        CaseStatus before = record.caseFile().status();
        CaseRecord changed = change.apply(record);
        long version = cases.save(changed);
        record(command.actor(), action, changed, Optional.of(before), detail);
        return CaseView.of(changed, version);
    }

    /**
     * Audits an attempt the access rules refused. The caller's transaction must commit despite the
     * refusal (dontRollbackOn), or the entry goes with it. A case the caller may not see gets no
     * status in the entry, so the entry says no more about it than the refusal did.
     */
    void recordRefusal(Actor actor, AuditAction action, CaseId caseId, Optional<CaseRecord> seen, String detail) {
        Optional<CaseStatus> status = seen.map(r -> r.caseFile().status());
        audit.append(new AuditEntry(clock.now(), actor.userId(), action, caseId, status, status, detail));
    }

    /** Audits a read that needs no case loaded (the audit trail): no status is recorded. */
    void recordRead(Actor actor, AuditAction action, CaseId caseId, String detail) {
        audit.append(new AuditEntry(clock.now(), actor.userId(), action, caseId, Optional.empty(), Optional.empty(),
                detail));
    }

    AuditLog audit() {
        return audit;
    }

    void record(Actor actor, AuditAction action, CaseRecord record, Optional<CaseStatus> before, String detail) {
        audit.append(new AuditEntry(clock.now(), actor.userId(), action, record.caseFile().id(), before,
                Optional.of(record.caseFile().status()), detail));
    }
}
