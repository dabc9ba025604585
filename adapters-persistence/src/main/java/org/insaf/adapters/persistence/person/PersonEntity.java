package org.insaf.adapters.persistence.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A person behind the accused of one or more cases (V17). */
@Entity
@Table(name = "person")
public class PersonEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] names;

    @Column(name = "father_name")
    public String fatherName;

    public String cnic;

    public String passport;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] phones;

    public String district;

    public String nationality;

    @Column(name = "joined_to")
    public UUID joinedTo;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "key_version")
    public int keyVersion;

    @Column(name = "father_key")
    public String fatherKey;

    @Column(name = "district_key")
    public String districtKey;
}
