package org.insaf.application.statistics;

import java.util.Objects;

/**
 * A year's alleged traffickers investigated, prosecuted and convicted under any statute, in the unit it
 * names, with the convictions on appeal and those set aside on appeal (as in {@link StatuteFigures}).
 */
public record HeadlineFigures(CountingUnit unit, long investigated, long prosecuted, long convicted,
                              long convictedOnAppeal, long convictionsSetAside) {

    public HeadlineFigures {
        Objects.requireNonNull(unit, "unit");
    }

    /** A headline with no appellate decision that year. */
    public HeadlineFigures(CountingUnit unit, long investigated, long prosecuted, long convicted) {
        this(unit, investigated, prosecuted, convicted, 0, 0);
    }

    public static HeadlineFigures persons(long investigated, long prosecuted, long convicted) {
        return new HeadlineFigures(CountingUnit.PERSONS, investigated, prosecuted, convicted);
    }

    public static HeadlineFigures distinctPersons(long investigated, long prosecuted, long convicted, long convictedOnAppeal,
                                                  long convictionsSetAside) {
        return new HeadlineFigures(CountingUnit.DISTINCT_PERSONS, investigated, prosecuted, convicted, convictedOnAppeal,
                convictionsSetAside);
    }

    public static HeadlineFigures persons(long investigated, long prosecuted, long convicted, long convictedOnAppeal,
                                          long convictionsSetAside) {
        return new HeadlineFigures(CountingUnit.PERSONS, investigated, prosecuted, convicted, convictedOnAppeal,
                convictionsSetAside);
    }
}
