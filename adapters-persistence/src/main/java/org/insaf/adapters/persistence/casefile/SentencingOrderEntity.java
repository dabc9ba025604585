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

/** The judge's sentencing order over one accused's sentences; its directions are on the charges' rows. */
@Entity
@Table(name = "sentencing_order")
public class SentencingOrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "accused_id")
    public UUID accusedId;

    @Column(name = "pronounced_on")
    public LocalDate pronouncedOn;

    @Column(name = "custody_credit_days")
    public int custodyCreditDays;

    @Column(name = "compensation_victims")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] compensationVictims;

    @Column(name = "compensation_pkr")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Long[] compensationPkr;

    @Column(name = "compensation_laws")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] compensationLaws;
}
