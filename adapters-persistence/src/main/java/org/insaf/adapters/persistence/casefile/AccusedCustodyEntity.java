package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A custody status an accused entered, at its place among the case's custody changes. */
@Entity
@Table(name = "accused_custody")
public class AccusedCustodyEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "accused_id")
    public UUID accusedId;

    public String status;

    public LocalDate since;

    @Column(name = "proclamation_published_on")
    public LocalDate proclamationPublishedOn;

    @Column(name = "property_attached")
    public boolean propertyAttached;
}
