package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.statistics.YearlyFigures;

import java.util.List;

/** The yearly prosecution figures and their trend over years, for analysts and admins. */
public interface YearlyFiguresQuery {

    /** Figures are kept from this year on, so a trend is bounded by it and by the current year. */
    int FIRST_YEAR = 2000;

    YearlyFigures figures(Actor actor, int year);

    /** One {@link YearlyFigures} per year from {@code from} to {@code to}, both included. */
    List<YearlyFigures> trend(Actor actor, int from, int to);

    static void checkYear(int year) {
        InvalidCommand.check(year >= FIRST_YEAR && year <= 9999,
                "figures are kept from " + FIRST_YEAR + "; there are none for " + year);
    }
}
