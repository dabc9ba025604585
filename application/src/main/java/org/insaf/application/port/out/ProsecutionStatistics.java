package org.insaf.application.port.out;

import org.insaf.application.statistics.YearlyFigures;

/** Counts the year's figures where the data is (aggregate queries), never by loading cases. */
public interface ProsecutionStatistics {

    YearlyFigures figuresFor(int year);
}
