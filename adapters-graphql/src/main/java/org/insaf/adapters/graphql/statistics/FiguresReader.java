package org.insaf.adapters.graphql.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresRevisionType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.PublishYearlyFiguresInput;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.application.port.in.YearlyFiguresQuery;
import org.insaf.application.port.in.PublishYearlyFiguresUseCase;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;
import org.insaf.domain.statute.StatuteCode;

import java.util.List;
import java.util.Optional;

/**
 * Reads the figures through {@link YearlyFiguresQuery} (which decides who may, and which years
 * exist), publishes them through {@link PublishYearlyFiguresUseCase}, and names their statutes from
 * one read of the catalogue; shared by the GraphQL operations and the chart's HTTP resource, so
 * both answer alike.
 */
@ApplicationScoped
public class FiguresReader {

    @Inject
    YearlyFiguresQuery figures;

    @Inject
    PublishYearlyFiguresUseCase publishing;

    @Inject
    ListStatutesUseCase statutes;

    YearlyFiguresType year(Actor actor, int year) {
        ReportedFigures read = figures.figures(actor, year);
        return FiguresMapping.of(read, titles(actor));
    }

    List<FiguresRevisionType> publications(Actor actor, int year) {
        List<Revision> read = figures.publications(actor, year);
        StatuteTitles titles = titles(actor);
        return read.stream().map(r -> FiguresMapping.of(r, titles)).toList();
    }

    FiguresRevisionType publish(Actor actor, PublishYearlyFiguresInput in) {
        Revision made = publishing.publish(new PublishYearlyFiguresUseCase.Command(actor, in.year(),
                Optional.ofNullable(in.reason())));
        return FiguresMapping.of(made, titles(actor));
    }

    FiguresTrendType trend(Actor actor, int from, int to) {
        List<ReportedFigures> read = figures.trend(actor, from, to);
        StatuteTitles titles = titles(actor);
        return new FiguresTrendType(from, to, read.stream().map(f -> FiguresMapping.of(f, titles)).toList());
    }

    /** The chart of a trend already read for this actor; {@code statute} null or blank for the trafficking provisions. */
    String chart(Actor actor, FiguresTrendType trend, String statute) {
        StatuteTitles titles = titles(actor);
        Optional<String> code = Optional.ofNullable(statute).filter(s -> !s.isBlank()).map(s -> StatuteCode.of(s.strip()).value());
        code.filter(c -> !titles.knows(c)).ifPresent(c -> {
            throw new BadInput("STATUTE_IN_CATALOGUE", "the statute catalogue has no statute " + c);
        });
        return TrendCharts.render(trend, code, titles);
    }

    private StatuteTitles titles(Actor actor) {
        return new StatuteTitles(statutes.catalogue(new ListStatutesUseCase.Query(actor, Optional.empty())));
    }
}
