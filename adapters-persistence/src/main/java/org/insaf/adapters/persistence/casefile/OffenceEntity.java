package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A charge: accused, statute version, facts alleged, verdict and sentence. */
@Entity
@Table(name = "offence")
public class OffenceEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int position;

    @Column(name = "accused_id")
    public UUID accusedId;

    @Column(name = "statute_code")
    public String statuteCode;

    @Column(name = "statute_version")
    public int statuteVersion;

    @Embedded
    public FactsColumns facts;

    public String verdict;

    @Column(name = "verdict_date")
    public LocalDate verdictDate;

    @Column(name = "sentence_kind")
    public String sentenceKind;

    @Column(name = "sentence_pronounced_on")
    public LocalDate sentencePronouncedOn;

    @Column(name = "sentence_term")
    public String sentenceTerm;

    @Column(name = "sentence_fine_pkr")
    public Long sentenceFinePkr;

    /** The day a supplementary charge sheet brought the charge; null: the case's charge sheet. */
    @Column(name = "supplementary_sheet_on")
    public LocalDate supplementarySheetOn;
}
