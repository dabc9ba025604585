package org.insaf.application.statistics;

import org.insaf.domain.statute.StatuteCode;

import java.util.Objects;

/**
 * The yearly figures of one statute, as the government reports them, counted in alleged traffickers:
 *
 * @param investigated accused whose investigation started that year, in a case registered under the statute
 * @param prosecuted   accused against whom a charge sheet under the statute was filed that year
 * @param convicted    accused convicted under the statute that year
 */
public record StatuteFigures(StatuteCode statute, long investigated, long prosecuted, long convicted) {

    public StatuteFigures {
        Objects.requireNonNull(statute, "statute");
    }
}
