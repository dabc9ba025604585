package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A bail application with the court's decision and any cancellation of the grant. */
@Entity
@Table(name = "bail_application")
public class BailApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "accused_id")
    public UUID accusedId;

    public String court;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "applied_by")
    public String appliedBy;

    public String outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "surety_pkr")
    public Long suretyPkr;

    public String reason;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "cancellation_reason")
    public String cancellationReason;
}
