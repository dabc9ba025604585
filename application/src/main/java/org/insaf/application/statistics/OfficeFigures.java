package org.insaf.application.statistics;

import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.Province;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code PERSONS} headline of one agency in one province: alleged traffickers under the
 * trafficking provisions, each counted with the office that held their case on the day counted (a
 * transferred case counts with the office it had then). An FIA circle recorded without its province
 * counts under its agency with no province. The offices' rows add up to the headline.
 */
public record OfficeFigures(Agency agency, Optional<Province> province, long investigated, long prosecuted,
                            long convicted, long convictedOnAppeal) {

    public OfficeFigures {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(province, "province");
    }
}
