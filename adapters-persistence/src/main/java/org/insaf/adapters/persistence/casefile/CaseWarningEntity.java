package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A warning raised on a case (e.g. possible mischarging). */
@Entity
@Table(name = "case_warning")
public class CaseWarningEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    public String rule;

    @Column(name = "accused_id")
    public UUID accusedId;

    public String message;
}
