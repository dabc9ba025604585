package org.insaf.adapters.persistence.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.port.out.AuditLog;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The audit log on PostgreSQL: a chain sealed with the audit key (HMAC), appended under a lock so
 * that it stays one line, and checked against the checkpoints kept outside the database.
 */
@ApplicationScoped
public class PostgresAuditLog implements AuditLog {

    /** The advisory lock that serialises appends across connections and application instances. */
    private static final long APPEND_LOCK = 0x1a5a_f00d_0001L;

    /** The last entry of the chain and the first one sealed with the audit key, if any. */
    record ChainHead(long sequence, String hash, Optional<Long> firstKeyed) {
    }

    private final AuditSealing sealing;
    /** Appends made (counted when sealed; a transaction that rolls back afterwards still counted one). */
    private final Counter appends = Counter.builder("insaf.audit.appends")
            .description("Entries appended to the audit chain").register(Metrics.globalRegistry);

    @Inject
    public PostgresAuditLog(AuditSealing sealing) {
        this.sealing = sealing;
    }

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
        row.events = entry.events().isEmpty() ? null : entry.events();
        row.previousHash = last.map(l -> l.hash).orElse(AuditChain.GENESIS);
        AuditChain.seal(row, sealing.key());
        row.persist();
        appends.increment();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> entriesOf(CaseId caseId) {
        return AuditEntryEntity.<AuditEntryEntity>list("caseId = ?1 order by sequence", caseId.value()).stream()
                .map(PostgresAuditLog::toEntry).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> trailOf(CaseId caseId, long afterSequence, int limit) {
        return AuditEntryEntity.<AuditEntryEntity>find("caseId = ?1 and sequence > ?2 order by sequence",
                        caseId.value(), afterSequence)
                .range(0, limit - 1).list().stream()
                .map(row -> new AuditRecord(row.sequence, toEntry(row))).toList();
    }

    /**
     * Walks the whole chain in order with the checkpoints and reports the first entry that does not
     * fit (AuditChainVerifier). Its own transaction: the rows are read fresh from the database,
     * never from a session cache.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditChainReport verifyAuditChain() {
        AuditChainVerifier verifier = sealing.verifier();
        try (Stream<AuditEntryEntity> rows = AuditEntryEntity.<AuditEntryEntity>streamAll(
                io.quarkus.panache.common.Sort.by("sequence"))) {
            return verifier.verify(rows.iterator());
        }
    }

    /** The chain's last entry (sequence 0 and the genesis hash when it is empty). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ChainHead head() {
        var em = Panache.getEntityManager();
        List<?> last = em.createNativeQuery("SELECT sequence, hash FROM audit_entry ORDER BY sequence DESC LIMIT 1")
                .getResultList();
        List<?> firstKeyed = em.createNativeQuery(
                "SELECT min(sequence) FROM audit_entry WHERE seal = '" + AuditChain.HMAC_SHA256 + "'").getResultList();
        Optional<Long> keyed = firstKeyed.isEmpty() || firstKeyed.get(0) == null ? Optional.empty()
                : Optional.of(((Number) firstKeyed.get(0)).longValue());
        if (last.isEmpty()) {
            return new ChainHead(0, AuditChain.GENESIS, keyed);
        }
        Object[] row = (Object[]) last.get(0);
        return new ChainHead(((Number) row[0]).longValue(), (String) row[1], keyed);
    }

    /** The hash stored for an entry, if the entry is there. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<String> hashAt(long sequence) {
        if (sequence == 0) {
            return Optional.of(AuditChain.GENESIS);
        }
        return AuditEntryEntity.<AuditEntryEntity>findByIdOptional(sequence).map(row -> row.hash);
    }

    private static AuditEntry toEntry(AuditEntryEntity row) {
        return new AuditEntry(row.at, row.actorId, AuditAction.valueOf(row.action), row.caseId == null ? null : new CaseId(row.caseId),
                Optional.ofNullable(row.statusBefore).map(CaseStatus::valueOf),
                Optional.ofNullable(row.statusAfter).map(CaseStatus::valueOf), row.detail,
                row.events == null ? "" : row.events);
    }
}
