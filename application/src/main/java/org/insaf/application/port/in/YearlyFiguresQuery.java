package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;

import java.util.List;

/**
 * The yearly prosecution figures and their trend over years, for analysts and admins. A published
 * year reads as published, with the figures the data has changed since.
 */
public interface YearlyFiguresQuery {

    /** Figures are kept from this year on, so a trend is bounded by it and by the current year. */
    int FIRST_YEAR = 2000;

    ReportedFigures figures(Actor actor, int year);

    /** One {@link ReportedFigures} per year from {@code from} to {@code to}, both included. */
    List<ReportedFigures> trend(Actor actor, int from, int to);

    /** Every publication of the year, first to latest, each with what it changed from the one before. */
    List<Revision> publications(Actor actor, int year);

    static void checkYear(int year) {
        InvalidCommand.check(year >= FIRST_YEAR && year <= 9999,
                "figures are kept from " + FIRST_YEAR + "; there are none for " + year);
    }
}
