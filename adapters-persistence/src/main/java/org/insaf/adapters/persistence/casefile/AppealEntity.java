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

/** An appeal or revision with the court's orders on it; the sentences it passes, one array element per charge. */
@Entity
@Table(name = "appeal")
public class AppealEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "accused_id")
    public UUID accusedId;

    public String kind;

    public String appellant;

    public String against;

    public String forum;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "judgment_on")
    public LocalDate judgmentOn;

    public String grounds;

    public Boolean admitted;

    @Column(name = "admission_on")
    public LocalDate admissionOn;

    @Column(name = "dismissal_reason")
    public String dismissalReason;

    public String outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "sentence_charges")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] sentenceCharges;

    @Column(name = "sentence_kinds")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sentenceKinds;

    @Column(name = "sentence_terms")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] sentenceTerms;

    @Column(name = "sentence_fines_pkr")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Long[] sentenceFinesPkr;

    @Column(name = "sentence_suspended_on")
    public LocalDate sentenceSuspendedOn;

    /** The charges whose convictions the decision set aside (V18); the figures count them in its year. */
    @Column(name = "convictions_set_aside", nullable = false)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] convictionsSetAside = new UUID[0];
}
