package org.insaf.application.statistics;

import java.util.Objects;

/** A year's alleged traffickers investigated, prosecuted and convicted under any statute, in the unit it names. */
public record HeadlineFigures(CountingUnit unit, long investigated, long prosecuted, long convicted) {

    public HeadlineFigures {
        Objects.requireNonNull(unit, "unit");
    }

    public static HeadlineFigures persons(long investigated, long prosecuted, long convicted) {
        return new HeadlineFigures(CountingUnit.PERSONS, investigated, prosecuted, convicted);
    }
}
