package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.YearlyFiguresQuery;
import org.insaf.application.port.out.BusinessClock;
import org.insaf.application.port.out.FiguresPublications;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.FigureRows;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The figures analysts publish: aggregates only, for analysts and admins. A published year reads
 * as published; the figures counted now are compared with it, never put in its place.
 */
@ApplicationScoped
public class StatisticsService implements YearlyFiguresQuery {

    private final ProsecutionStatistics statistics;
    private final FiguresPublications publications;
    private final BusinessClock clock;

    @Inject
    public StatisticsService(ProsecutionStatistics statistics, FiguresPublications publications, BusinessClock clock) {
        this.statistics = statistics;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportedFigures figures(Actor actor, int year) {
        mayRead(actor);
        checkYear(year);
        return trendOf(year, year).get(0);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportedFigures> trend(Actor actor, int from, int to) {
        mayRead(actor);
        YearlyFiguresQuery.checkYear(from);
        YearlyFiguresQuery.checkYear(to);
        InvalidCommand.check(from <= to, "a trend runs forward: " + from + " is after " + to);
        InvalidCommand.check(to <= clock.today().getYear(), "there are no figures yet for " + to);
        return trendOf(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> publications(Actor actor, int year) {
        mayRead(actor);
        checkYear(year);
        List<Revision> revisions = new ArrayList<>();
        Publication before = null;
        for (Publication p : publications.between(year, year)) {
            revisions.add(new Revision(p, before == null ? List.of() : FigureRows.changes(before.figures(), p.figures())));
            before = p;
        }
        return revisions;
    }

    /** One read of the publications for the whole run of years, and the figures counted now per year. */
    private List<ReportedFigures> trendOf(int from, int to) {
        Map<Integer, Publication> latest = publications.between(from, to).stream()
                .collect(Collectors.toMap(Publication::year, p -> p, (a, b) -> a.revision() > b.revision() ? a : b));
        return IntStream.rangeClosed(from, to)
                .mapToObj(year -> ReportedFigures.of(statistics.figuresFor(year), Optional.ofNullable(latest.get(year))))
                .toList();
    }

    private void checkYear(int year) {
        YearlyFiguresQuery.checkYear(year);
        InvalidCommand.check(year <= clock.today().getYear(), "there are no figures yet for " + year);
    }

    static void mayRead(Actor actor) {
        InvalidCommand.required(actor, "actor");
        if (!actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
            throw new AccessRefused("The yearly figures are for analysts and admins");
        }
    }
}
