package org.insaf.adapters.persistence.statute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;

/** A row of the statute table. Reference data: written by migrations only, so immutable here. */
@Entity
@Immutable
@Table(name = "statute")
public class StatuteEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public int version;
    public String act;
    public String section;
    public String title;

    @Column(name = "offence_category")
    public String offenceCategory;

    @Column(name = "territorial_scope")
    public String territorialScope;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_acts")
    public String[] requiredActs;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_means")
    public String[] requiredMeans;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_purposes")
    public String[] requiredPurposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_conditions")
    public String[] requiredConditions;

    @Column(name = "means_not_needed_for_child")
    public boolean meansNotNeededForChild;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fine_alone_barred_for")
    public String[] fineAloneBarredFor;

    public boolean cognizable;
    public boolean bailable;
    public boolean compoundable;

    @Column(name = "trial_court")
    public String trialCourt;

    @Column(name = "investigated_by")
    public String investigatedBy;

    @Column(name = "penalty_form")
    public String penaltyForm;

    @Column(name = "minimum_imprisonment_months")
    public int minimumImprisonmentMonths;

    @Column(name = "maximum_imprisonment_months")
    public int maximumImprisonmentMonths;

    @Column(name = "life_imprisonment")
    public boolean lifeImprisonment;

    @Column(name = "death_penalty")
    public boolean deathPenalty;

    @Column(name = "minimum_fine_pkr")
    public Long minimumFinePkr;

    @Column(name = "maximum_fine_pkr")
    public Long maximumFinePkr;

    @Column(name = "in_force_from")
    public LocalDate inForceFrom;

    @Column(name = "in_force_until")
    public LocalDate inForceUntil;

    public String source;

    static List<StatuteEntity> allInOrder() {
        return list("order by code, version");
    }
}
