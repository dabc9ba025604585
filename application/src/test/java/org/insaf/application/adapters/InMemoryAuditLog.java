package org.insaf.application.adapters;

import org.insaf.application.audit.AuditEntry;
import org.insaf.application.port.out.AuditLog;
import org.insaf.domain.casefile.CaseId;

import java.util.ArrayList;
import java.util.List;

public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> entriesOf(CaseId caseId) {
        return entries.stream().filter(e -> caseId.equals(e.caseId())).toList();
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
