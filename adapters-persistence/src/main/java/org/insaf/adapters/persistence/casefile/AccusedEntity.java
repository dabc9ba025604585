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

/** An accused person or organisation of a case. */
@Entity
@Table(name = "accused")
public class AccusedEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "person_id")
    public UUID personId;

    public int position;

    public String kind;

    public String name;

    public String cnic;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;

    public String nationality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] links;

    @Column(name = "non_punishment_justification")
    public String nonPunishmentJustification;

    @Column(name = "added_on")
    public LocalDate addedOn;
}
