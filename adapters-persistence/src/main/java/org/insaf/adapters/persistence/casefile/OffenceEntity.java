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

    @Column(name = "verdict_effect")
    public String verdictEffect;

    @Column(name = "verdict_on_guilty_plea")
    public boolean verdictOnGuiltyPlea;

    @Column(name = "verdict_compounded_by")
    public UUID verdictCompoundedBy;

    @Column(name = "verdict_accused_died_on")
    public LocalDate verdictAccusedDiedOn;

    @Column(name = "sentence_run")
    public Integer sentenceRun;

    @Column(name = "sentence_imprisonment")
    public String sentenceImprisonment;

    @Column(name = "sentence_in_default")
    public String sentenceInDefault;

    /** The day a supplementary charge sheet brought the charge; null: the case's charge sheet. */
    @Column(name = "supplementary_sheet_on")
    public LocalDate supplementarySheetOn;
}
