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
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.YearlyFigures;

import java.util.List;
import java.util.stream.IntStream;

/** The figures analysts publish: aggregates only, for analysts and admins. */
@ApplicationScoped
public class StatisticsService implements YearlyFiguresQuery {

    private final ProsecutionStatistics statistics;
    private final BusinessClock clock;

    @Inject
    public StatisticsService(ProsecutionStatistics statistics, BusinessClock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public YearlyFigures figures(Actor actor, int year) {
        mayRead(actor);
        YearlyFiguresQuery.checkYear(year);
        InvalidCommand.check(year <= clock.today().getYear(), "there are no figures yet for " + year);
        return statistics.figuresFor(year);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<YearlyFigures> trend(Actor actor, int from, int to) {
        mayRead(actor);
        YearlyFiguresQuery.checkYear(from);
        YearlyFiguresQuery.checkYear(to);
        InvalidCommand.check(from <= to, "a trend runs forward: " + from + " is after " + to);
        InvalidCommand.check(to <= clock.today().getYear(), "there are no figures yet for " + to);
        return IntStream.rangeClosed(from, to).mapToObj(statistics::figuresFor).toList();
    }

    private static void mayRead(Actor actor) {
        InvalidCommand.required(actor, "actor");
        if (!actor.has(Role.ANALYST) && !actor.has(Role.ADMIN)) {
            throw new AccessRefused("The yearly figures are for analysts and admins");
        }
    }
}
