package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.access.CaseAccessPolicy;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.CaseChangeAudit;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.in.CaseCommand;
import org.insaf.application.port.out.AuditLog;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a command on a case: load it, check the caller may see it (or answer "not found"), check the
 * caller may do this, check the version the caller saw, call the case's method (its refusals leave
 * nothing changed), write the events it recorded with the version check, and append the audit entry
 * built from the same events, all in the caller's transaction.
 */
@ApplicationScoped
public class CaseCommandRunner {

    /** Checks that the actor may do this to a case it can see; throws an access refusal otherwise. */
    @FunctionalInterface
    public interface Permission {
        void check(Actor actor, Case theCase);
    }

    private final CaseLoader loader;
    private final CaseEventWriter writer;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final CaseAccessPolicy access = new CaseAccessPolicy();

    @Inject
    public CaseCommandRunner(CaseLoader loader, CaseEventWriter writer, AuditLog audit, BusinessClock clock) {
        this.loader = loader;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    // Accessors, not fields: callers hold a client proxy of this bean, whose fields are empty.
    BusinessClock clock() {
        return clock;
    }

    CaseAccessPolicy access() {
        return access;
    }

    /** A case the actor may see, or "not found" whether it is missing or hidden. */
    Case visible(Actor actor, CaseId id) {
        return loader.load(id).filter(c -> access.maySee(actor, c)).orElseThrow(() -> new CaseNotFound(id));
    }

    /** Runs one command on a stored case and answers the case as it is after it. */
    CaseView change(CaseCommand command, Permission permission, Consumer<Case> change) {
        Case theCase = visible(command.actor(), command.caseId());
        permission.check(command.actor(), theCase);
        long loadedVersion = theCase.version();
        command.expectedVersion().filter(expected -> expected != loadedVersion).ifPresent(expected -> {
            throw new StaleCase(command.caseId(), expected, loadedVersion);
        });
        CaseStatus before = theCase.status();
        change.accept(theCase);
        return saved(command.actor(), Optional.of(before), theCase);
    }

    /** Saves a case just registered, with its audit entry. */
    CaseView register(Actor actor, Case registered) {
        return saved(actor, Optional.empty(), registered);
    }

    private CaseView saved(Actor actor, Optional<CaseStatus> before, Case changed) {
        AuditEntry entry = CaseChangeAudit.entry(clock.now(), actor.userId(), before, changed);
        long version = writer.save(changed);
        audit.append(entry);
        return CaseView.of(changed, version);
    }

    /**
     * Audits an attempt the access rules refused. The caller's transaction must commit despite the
     * refusal (dontRollbackOn), or the entry goes with it. A case the caller may not see gets no
     * status in the entry, so the entry says no more about it than the refusal did.
     */
    void recordRefusal(Actor actor, AuditAction action, CaseId caseId, Optional<Case> seen, String detail) {
        recordUnchanged(actor, action, caseId, seen.map(Case::status), detail);
    }

    /** Audits a read that needs no case loaded (the audit trail): no status is recorded. */
    void recordRead(Actor actor, AuditAction action, CaseId caseId, String detail) {
        recordUnchanged(actor, action, caseId, Optional.empty(), detail);
    }

    /**
     * An entry of something that changed nothing (a read of a case the caller may see, with its
     * status): the status, if any, is the same before and after.
     */
    void recordUnchanged(Actor actor, AuditAction action, CaseId caseId, Optional<CaseStatus> status,
                                 String detail) {
        audit.append(new AuditEntry(clock.now(), actor.userId(), action, caseId, status, status, detail));
    }

    AuditLog audit() {
        return audit;
    }
}
