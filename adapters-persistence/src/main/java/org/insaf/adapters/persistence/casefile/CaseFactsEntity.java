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

/** The facts an investigation recorded before charging. */
@Entity
@Table(name = "case_facts")
public class CaseFactsEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] acts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] means;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] circumstances;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] route;

    @Column(name = "offence_date")
    public LocalDate offenceDate;
}
