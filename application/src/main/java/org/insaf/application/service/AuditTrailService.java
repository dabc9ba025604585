package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.port.in.ReadAuditTrailQuery;

import java.util.List;
import java.util.Optional;

/** Auditors read a case's audit trail; the read is written to the same trail, and so is a refusal. */
@ApplicationScoped
public class AuditTrailService implements ReadAuditTrailQuery {

    private final CaseCommandRunner cases;

    @Inject
    public AuditTrailService(CaseCommandRunner cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(dontRollbackOn = AccessRefused.class)
    public Page readAuditTrail(Query query) {
        if (!query.actor().has(Role.AUDITOR)) {
            cases.recordRefusal(query.actor(), AuditAction.READ_AUDIT_TRAIL_REFUSED, query.caseId(), Optional.empty(),
                    "audit trail");
            throw new AccessRefused("Only an auditor may read a case's audit trail");
        }
        long after = query.after().orElse(0L);
        List<AuditRecord> read = cases.audit().trailOf(query.caseId(), after, query.first() + 1);
        boolean more = read.size() > query.first();
        List<AuditRecord> page = more ? read.subList(0, query.first()) : read;
        // Appended after the page is read: the page shows the trail as it stood when asked.
        cases.recordRead(query.actor(), AuditAction.READ_AUDIT_TRAIL, query.caseId(),
                "audit trail: " + page.size() + " entries after " + after);
        return new Page(page, more);
    }
}
