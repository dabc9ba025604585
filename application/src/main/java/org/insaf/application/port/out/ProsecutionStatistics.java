package org.insaf.application.port.out;

import org.insaf.application.statistics.YearlyFigures;

/** The year's figures as counted where the data is (counters the store keeps, or aggregate queries), never by loading cases. */
public interface ProsecutionStatistics {

    YearlyFigures figuresFor(int year);
}
