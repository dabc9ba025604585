package org.insaf.adapters.persistence.identity;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.audit.PostgresAuditLog;
import org.insaf.adapters.persistence.casefile.VictimIdentityEntity;
import org.insaf.adapters.persistence.victim.PostgresVictimRegister;
import org.insaf.adapters.persistence.victim.VictimPersonEntity;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.domain.shared.PersonId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Moves every stored identity (victim_identity) and every victim's particulars (victim_person) to
 * the current identity key, in batches of its own transaction each, while the service runs.
 * <p>
 * A batch locks its rows (FOR UPDATE SKIP LOCKED): a row an edit holds is left for a later batch,
 * and an edit that comes after waits for the batch and then writes its own values, sealed with the
 * current key, so no change is lost. A batch that fails rolls back alone; running the command again
 * resumes where it stopped, since it picks the rows not yet on the current key. Each batch appends
 * one audit entry (counts and key ids only). The particulars' blind index is written again with the
 * current key's digests, as a new record would be.
 */
@ApplicationScoped
public class IdentityRekeying {

    /** The actor named in the audit entries: the operator's command, not a signed-in user. */
    public static final String ACTOR = "identity-rekey";
    /** The most rows one batch (one transaction) re-encrypts. */
    public static final int MAX_BATCH = 10_000;

    private final IdentityCipher cipher;
    private final PostgresVictimRegister register;
    private final PostgresAuditLog audit;
    private final Clock clock = Clock.systemUTC();

    IdentityRekeying(IdentityCipher cipher, PostgresVictimRegister register, PostgresAuditLog audit) {
        this.cipher = cipher;
        this.register = register;
        this.audit = audit;
    }

    /** What a run did, and what it left (rows on other keys: locked by an edit during the run, or sealed since by an instance with an older configuration). */
    public record Report(String currentKeyId, int identities, int particulars, int batches, Map<String, Long> leftByKey) {

        public long left() {
            return leftByKey.values().stream().mapToLong(Long::longValue).sum();
        }

        public String describe() {
            return "re-encrypted under identity key '" + currentKeyId + "': " + identities + " victim identities, "
                    + particulars + " victims' particulars, in " + batches + " batch(es); left on other keys: "
                    + (leftByKey.isEmpty() ? "none" : leftByKey);
        }
    }

    public Report rekey(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("the batch size is 1 to " + MAX_BATCH + "; it is " + batchSize);
        }
        requireEveryKeyHeld();
        int identities = 0;
        int particulars = 0;
        int batches = 0;
        while (true) {
            int[] done = QuarkusTransaction.requiringNew().call(() -> batch(batchSize));
            if (done[0] + done[1] == 0) {
                break;
            }
            identities += done[0];
            particulars += done[1];
            batches++;
        }
        return new Report(cipher.keyId(), identities, particulars, batches, QuarkusTransaction.requiringNew().call(this::rowsByOtherKey));
    }

    /**
     * The service does not start when stored identities are sealed with a key its configuration does
     * not hold: the error names the key id, instead of a failure at the first read of such a victim.
     */
    void checkAtStartup(@Observes StartupEvent started) {
        requireEveryKeyHeld();
    }

    /** Refuses, naming the key, when rows are sealed with a key this configuration does not hold. */
    private void requireEveryKeyHeld() {
        QuarkusTransaction.requiringNew().call(this::rowsByOtherKey).keySet().stream()
                .filter(id -> !cipher.holds(id)).findFirst().ifPresent(id -> {
                    throw new UnknownIdentityKey(id, "At least one stored victim identity");
                });
    }

    private int[] batch(int size) {
        EntityManager em = Panache.getEntityManager();
        List<UUID> identityRows = locked(em, "victim_identity", size);
        for (UUID id : identityRows) {
            VictimIdentityEntity row = em.find(VictimIdentityEntity.class, id);
            String from = row.keyId;
            row.nameEnc = reseal(from, row.nameEnc, id, "name");
            row.cnicEnc = reseal(from, row.cnicEnc, id, "cnic");
            row.contactEnc = reseal(from, row.contactEnc, id, "contact");
            row.addressEnc = reseal(from, row.addressEnc, id, "address");
            row.keyId = cipher.keyId();
        }
        List<UUID> particularRows = locked(em, "victim_person", size - identityRows.size());
        for (UUID id : particularRows) {
            VictimPersonEntity row = em.find(VictimPersonEntity.class, id);
            PersonId victim = new PersonId(id);
            // Saved again as an edit would save it: sealed with the current key, the index rewritten.
            register.save(victim, register.particulars(victim).orElseThrow(), row.recordedAt);
        }
        if (identityRows.isEmpty() && particularRows.isEmpty()) {
            return new int[]{0, 0};
        }
        em.flush();
        audit.append(AuditEntry.withoutCase(Instant.now(clock), ACTOR, AuditAction.REKEY_IDENTITIES,
                "re-encrypted under identity key '" + cipher.keyId() + "': " + identityRows.size()
                        + " victim identities, " + particularRows.size() + " victims' particulars"));
        return new int[]{identityRows.size(), particularRows.size()};
    }

    private byte[] reseal(String from, byte[] stored, UUID victim, String field) {
        return cipher.encrypt(cipher.decrypt(from, stored, victim, field), victim, field);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> locked(EntityManager em, String table, int size) {
        if (size < 1) {
            return List.of();
        }
        return em.createNativeQuery("SELECT victim_id FROM " + table + " WHERE key_id <> :current"
                        + " ORDER BY victim_id LIMIT :size FOR UPDATE SKIP LOCKED")
                .setParameter("current", cipher.keyId()).setParameter("size", size).getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> rowsByOtherKey() {
        Map<String, Long> left = new TreeMap<>();
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        SELECT key_id, count(*) FROM (
                            SELECT key_id FROM victim_identity WHERE key_id <> :current
                            UNION ALL SELECT key_id FROM victim_person WHERE key_id <> :current) other
                        GROUP BY key_id""")
                .setParameter("current", cipher.keyId()).getResultList();
        rows.forEach(row -> left.put((String) row[0], ((Number) row[1]).longValue()));
        return left;
    }
}
