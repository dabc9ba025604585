package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** A victim's identity, as ciphertext only. */
@Entity
@Table(name = "victim_identity")
public class VictimIdentityEntity extends PanacheEntityBase {

    @Id
    @Column(name = "victim_id")
    public UUID victimId;

    @Column(name = "key_id")
    public String keyId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "name_enc")
    public byte[] nameEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cnic_enc")
    public byte[] cnicEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contact_enc")
    public byte[] contactEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "address_enc")
    public byte[] addressEnc;
}
