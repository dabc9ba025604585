package org.insaf.adapters.graphql.statistics;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresRevisionType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.PublishYearlyFiguresInput;
import org.insaf.adapters.graphql.statistics.FiguresTypes.PublishYearlyFiguresPayload;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;

import java.util.List;

/**
 * The yearly figures, their trend and their publications, for analysts and admins; publishing them
 * for analysts (the application refuses everyone else).
 */
@GraphQLApi
@Authenticated
public class StatisticsQueries {

    @Inject
    FiguresReader reader;

    @Inject
    CallerActor caller;

    @Query("statistics")
    @Description("The yearly figures of one calendar year (analysts and admins only); BAD_INPUT for a year before 2000 or after this one")
    public @NonNull YearlyFiguresType statistics(@Name("year") int year) {
        return reader.year(caller.actor(), year);
    }

    @Query("statisticsTrend")
    @Description("The yearly figures of each year from `from` to `to`, both included, and their chart (analysts and admins only)")
    public @NonNull FiguresTrendType statisticsTrend(@Name("from") int from, @Name("to") int to) {
        return reader.trend(caller.actor(), from, to);
    }

    @Query("figuresPublications")
    @Description("Every publication of the year's figures, first to latest, each with what it changed from the one before (analysts and admins only)")
    public @NonNull List<@NonNull FiguresRevisionType> figuresPublications(@Name("year") int year) {
        return reader.publications(caller.actor(), year);
    }

    @Mutation("publishYearlyFigures")
    @Description("Publishes an ended year's figures as counted now, which freezes them: the year then reads as published, and later changes of the data show as changedSincePublication. A published year is published again only as a revision with its reason (analysts only)")
    public @NonNull PublishYearlyFiguresPayload publishYearlyFigures(@Name("input") @NonNull PublishYearlyFiguresInput in) {
        return new PublishYearlyFiguresPayload(reader.publish(caller.actor(), in));
    }

    @Name("chartSvg")
    @Description("The trend as an SVG line chart (investigated, prosecuted, convicted per year) of one statute, or of the trafficking provisions (each accused once) when left out. Also at GET /statistics/trend.svg?from=&to=&statute=")
    public @NonNull String chartSvg(@Source FiguresTrendType trend,
                                    @Name("statute") @Description("A statute code, e.g. PACHTO-3; the trafficking provisions (each accused once) when left out") String statute) {
        return reader.chart(caller.actor(), trend, statute);
    }
}
