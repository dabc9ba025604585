package org.insaf.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A row of the audit log. Rows are inserted, never updated (the table refuses it as well). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    public long sequence;

    public Instant at;

    @Column(name = "actor_id")
    public String actorId;

    public String action;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "status_before")
    public String statusBefore;

    @Column(name = "status_after")
    public String statusAfter;

    public String detail;

    /** The content of the events the entry records (one per line); null for reads and refusals and before V10. */
    @Column(name = "events")
    public String events;

    @Column(name = "previous_hash")
    public String previousHash;

    /** {@code SHA256} (before the audit key) or {@code HMAC_SHA256}; see {@link AuditChain}. */
    public String seal;

    /** The audit key that sealed the entry; none for SHA256. */
    @Column(name = "key_id")
    public String keyId;

    public String hash;
}
