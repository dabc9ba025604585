package org.insaf.application.statistics;

import java.util.Objects;

/**
 * One figure that differs between a publication and what it is compared with (the data now, or
 * the revision before).
 *
 * @param row      the figure's name, its path in the yearly figures (e.g. {@code statutes.PACHTO-3.investigated})
 * @param was      the value published (or of the revision before)
 * @param now      the value now (or of this revision)
 */
public record FigureChange(String row, long was, long now) {

    public FigureChange {
        Objects.requireNonNull(row, "row");
    }
}
