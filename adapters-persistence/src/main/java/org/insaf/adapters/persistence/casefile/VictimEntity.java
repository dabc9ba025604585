package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A victim of a case, without the identity (see VictimIdentityEntity). */
@Entity
@Table(name = "victim")
public class VictimEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    public String pseudonym;

    public String gender;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Column(name = "estimated_on")
    public LocalDate estimatedOn;

    public String nationality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] vulnerabilities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] exploitation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] protection;

    @Column(name = "recruiter_relation")
    public String recruiterRelation;
}
