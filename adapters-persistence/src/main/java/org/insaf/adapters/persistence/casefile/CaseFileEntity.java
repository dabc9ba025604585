package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.UUID;

/** A case's own row: its state, its version, and who is assigned to it. */
@Entity
@Table(name = "case_file")
public class CaseFileEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public long version;

    @Column(name = "fir_number")
    public String firNumber;

    /** The office where the FIR was registered (its number is that office's). */
    public String circle;

    /** The office that holds the case now, and its agency and place. */
    public String office;

    public String agency;

    @Column(name = "office_province")
    public String officeProvince;

    @Column(name = "office_district")
    public String officeDistrict;

    /** The day of the latest transfer; null when the case was never transferred. */
    @Column(name = "transferred_on")
    public LocalDate transferredOn;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    public String status;

    @Column(name = "investigation_closed_reason")
    public String investigationClosedReason;

    @Column(name = "lead_investigator")
    public String leadInvestigator;

    public String prosecutor;

    public String court;

    public String judge;

    /** Sections of other laws the FIR cites, as written; no statistic reads them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_sections")
    public String[] otherSections;

    /** The case as it is read (CaseDetail as JSON, {@link CaseReadViews}); written with every save. */
    @Column(name = "read_view", columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String readView;

    /** The shape of {@link #readView}: {@link CaseReadViews#FORMAT} when it is current. */
    @Column(name = "read_format")
    public Short readFormat;

    /** Whether any custody change or bail application was recorded: the loader reads those tables only then. */
    @Column(name = "custody_recorded")
    public boolean custodyRecorded;
}
