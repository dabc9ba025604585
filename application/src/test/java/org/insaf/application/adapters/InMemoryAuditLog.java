package org.insaf.application.adapters;

import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.AuditRecord;
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

    @Override
    public synchronized List<AuditRecord> trailOf(CaseId caseId, long afterSequence, int limit) {
        List<AuditRecord> trail = new ArrayList<>();
        for (int i = (int) Math.min(afterSequence, entries.size()); i < entries.size() && trail.size() < limit; i++) {
            if (entries.get(i).caseId().equals(caseId)) {
                trail.add(new AuditRecord(i + 1, entries.get(i)));
            }
        }
        return trail;
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
