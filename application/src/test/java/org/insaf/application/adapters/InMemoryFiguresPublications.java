package org.insaf.application.adapters;

import org.insaf.application.error.Conflict;
import org.insaf.application.port.out.FiguresPublications;
import org.insaf.application.statistics.Publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The published figures in memory: added to, never changed, as the table is. */
public class InMemoryFiguresPublications implements FiguresPublications {

    private final List<Publication> publications = new ArrayList<>();

    @Override
    public synchronized List<Publication> between(int fromYear, int toYear) {
        return publications.stream().filter(p -> p.year() >= fromYear && p.year() <= toYear)
                .sorted(Comparator.comparingInt(Publication::year).thenComparingInt(Publication::revision))
                .toList();
    }

    @Override
    public synchronized void add(Publication publication) {
        if (publications.stream().anyMatch(p -> p.year() == publication.year() && p.revision() == publication.revision())) {
            throw new Conflict("revision " + publication.revision() + " of the figures of " + publication.year()
                    + " has just been published by someone else; read it and try again");
        }
        publications.add(publication);
    }
}
