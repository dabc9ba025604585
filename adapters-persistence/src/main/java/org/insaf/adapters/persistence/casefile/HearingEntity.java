package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A hearing of the trial. */
@Entity
@Table(name = "hearing")
public class HearingEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "hearing_date")
    public LocalDate hearingDate;

    public String court;

    public String proceedings;

    @Column(name = "next_date")
    public LocalDate nextDate;
}
