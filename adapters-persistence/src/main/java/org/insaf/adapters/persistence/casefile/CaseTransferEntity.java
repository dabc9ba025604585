package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One transfer of a case from an investigating office to another; appended, never changed. */
@Entity
@Table(name = "case_transfer")
public class CaseTransferEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "transferred_on")
    public LocalDate transferredOn;

    @Column(name = "from_agency")
    public String fromAgency;

    @Column(name = "from_office")
    public String fromOffice;

    @Column(name = "from_province")
    public String fromProvince;

    @Column(name = "from_district")
    public String fromDistrict;

    @Column(name = "to_agency")
    public String toAgency;

    @Column(name = "to_office")
    public String toOffice;

    @Column(name = "to_province")
    public String toProvince;

    @Column(name = "to_district")
    public String toDistrict;

    public String reason;
}
