package org.insaf.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.port.out.AuditLog;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The audit log on PostgreSQL: a hash chain, appended under a lock so that it stays one line. */
@ApplicationScoped
public class PostgresAuditLog implements AuditLog {

    /** The advisory lock that serialises appends across connections and application instances. */
    private static final long APPEND_LOCK = 0x1a5a_f00d_0001L;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")").getSingleResult();
        Optional<AuditEntryEntity> last = AuditEntryEntity.<AuditEntryEntity>find("order by sequence desc")
                .firstResultOptional();
        AuditEntryEntity row = new AuditEntryEntity();
        row.sequence = last.map(l -> l.sequence + 1).orElse(1L);
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        row.at = entry.at().truncatedTo(ChronoUnit.MICROS);
        row.actorId = entry.actorId();
        row.action = entry.action().name();
        row.caseId = entry.aboutCase().map(CaseId::value).orElse(null);
        row.statusBefore = entry.statusBefore().map(Enum::name).orElse(null);
        row.statusAfter = entry.statusAfter().map(Enum::name).orElse(null);
        row.detail = entry.detail();
        row.previousHash = last.map(l -> l.hash).orElse(AuditChain.GENESIS);
        row.hash = AuditChain.hashOf(row);
        row.persist();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> entriesOf(CaseId caseId) {
        return AuditEntryEntity.<AuditEntryEntity>list("caseId = ?1 order by sequence", caseId.value()).stream()
                .map(PostgresAuditLog::toEntry).toList();
    }

    /**
     * Walks the whole chain in order and reports the first entry whose link or hash does not hold.
     * Its own transaction: the rows are read fresh from the database, never from a session cache.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditChainReport verifyAuditChain() {
        String previous = AuditChain.GENESIS;
        long expectedSequence = 1;
        long checked = 0;
        try (Stream<AuditEntryEntity> rows = AuditEntryEntity.<AuditEntryEntity>streamAll(
                io.quarkus.panache.common.Sort.by("sequence"))) {
            for (AuditEntryEntity row : (Iterable<AuditEntryEntity>) rows::iterator) {
                checked++;
                if (row.sequence != expectedSequence) {
                    return broken(checked, expectedSequence, "entry " + expectedSequence + " is missing");
                }
                if (!Objects.equals(row.previousHash, previous)) {
                    return broken(checked, row.sequence, "it does not link to the entry before it");
                }
                if (!Objects.equals(row.hash, AuditChain.hashOf(row))) {
                    return broken(checked, row.sequence, "its content no longer matches its hash");
                }
                previous = row.hash;
                expectedSequence++;
            }
        }
        return new AuditChainReport(checked, Optional.empty(), Optional.empty());
    }

    private static AuditChainReport broken(long checked, long sequence, String reason) {
        return new AuditChainReport(checked, Optional.of(sequence), Optional.of("audit entry " + sequence + ": " + reason));
    }

    private static AuditEntry toEntry(AuditEntryEntity row) {
        return new AuditEntry(row.at, row.actorId, AuditAction.valueOf(row.action), row.caseId == null ? null : new CaseId(row.caseId),
                Optional.ofNullable(row.statusBefore).map(CaseStatus::valueOf),
                Optional.ofNullable(row.statusAfter).map(CaseStatus::valueOf), row.detail);
    }
}
