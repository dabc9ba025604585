package org.insaf.application.adapters;

import org.insaf.application.contract.AuditLogContract;
import org.insaf.application.port.out.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog auditLog() {
        return log;
    }
}
