package org.insaf.adapters.persistence.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** The facts alleged, as the same six columns in a charge's row and in a case's recorded facts. */
@Embeddable
public class FactsColumns {

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] acts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] means;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] circumstances;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] route;

    @Column(name = "offence_date")
    public LocalDate offenceDate;
}
