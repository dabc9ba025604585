package org.insaf.adapters.graphql.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.application.port.in.YearlyFiguresQuery;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.statute.StatuteCode;

import java.util.List;
import java.util.Optional;

/**
 * Reads the figures through {@link YearlyFiguresQuery} (which decides who may, and which years
 * exist) and names their statutes from one read of the catalogue; shared by the GraphQL queries
 * and the chart's HTTP resource, so both answer alike.
 */
@ApplicationScoped
public class FiguresReader {

    @Inject
    YearlyFiguresQuery figures;

    @Inject
    ListStatutesUseCase statutes;

    YearlyFiguresType year(Actor actor, int year) {
        YearlyFigures read = figures.figures(actor, year);
        return FiguresMapping.of(read, titles(actor));
    }

    FiguresTrendType trend(Actor actor, int from, int to) {
        List<YearlyFigures> read = figures.trend(actor, from, to);
        StatuteTitles titles = titles(actor);
        return new FiguresTrendType(from, to, read.stream().map(f -> FiguresMapping.of(f, titles)).toList());
    }

    /** The chart of a trend already read for this actor; {@code statute} null or blank for all statutes. */
    String chart(Actor actor, FiguresTrendType trend, String statute) {
        StatuteTitles titles = titles(actor);
        Optional<String> code = Optional.ofNullable(statute).filter(s -> !s.isBlank()).map(s -> StatuteCode.of(s.strip()).value());
        code.filter(c -> !titles.knows(c)).ifPresent(c -> {
            throw new BadInput("the statute catalogue has no statute " + c);
        });
        return TrendCharts.render(trend, code, titles);
    }

    private StatuteTitles titles(Actor actor) {
        return new StatuteTitles(statutes.catalogue(new ListStatutesUseCase.Query(actor, Optional.empty())));
    }
}
