package org.insaf.application.port.out;

import org.insaf.application.statistics.Publication;

import java.util.List;

/** The published yearly figures: added to, never changed. */
public interface FiguresPublications {

    /** Every publication of the years from {@code fromYear} to {@code toYear}, by year then revision. */
    List<Publication> between(int fromYear, int toYear);

    /**
     * Stores a publication in the caller's transaction.
     *
     * @throws org.insaf.application.error.Conflict when that revision of the year is already stored
     */
    void add(Publication publication);
}
