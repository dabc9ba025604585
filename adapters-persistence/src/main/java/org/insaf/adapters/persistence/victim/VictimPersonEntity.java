package org.insaf.adapters.persistence.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** What is known of the person behind a victim, as ciphertext only (V20). */
@Entity
@Table(name = "victim_person")
public class VictimPersonEntity {

    @Id
    @Column(name = "victim_id")
    public UUID victimId;

    @Column(name = "key_id")
    public String keyId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "names_enc")
    public byte[] namesEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "father_enc")
    public byte[] fatherEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cnic_enc")
    public byte[] cnicEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "passport_enc")
    public byte[] passportEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "phones_enc")
    public byte[] phonesEnc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "district_enc")
    public byte[] districtEnc;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
