package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A victim a charge concerns. */
@Entity
@Table(name = "offence_victim")
public class OffenceVictimEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "offence_id")
    public UUID offenceId;

    @Column(name = "victim_id")
    public UUID victimId;
}
