package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The chart of a trend: investigated, prosecuted and convicted per year, for one statute or for
 * all of them (the per-statute counts added up, so an accused counted under two statutes counts
 * twice, as in the government's per-statute tables).
 */
final class TrendCharts {

    static final String UNIT = "alleged traffickers";

    private TrendCharts() {
    }

    /** {@code statute} must be a code {@code titles} knows, or empty for all statutes. */
    static String render(FiguresTrendType trend, Optional<String> statute, StatuteTitles titles) {
        List<Integer> years = trend.years().stream().map(YearlyFiguresType::year).toList();
        String span = trend.from() == trend.to() ? String.valueOf(trend.from()) : trend.from() + "\u2013" + trend.to();
        String title = "Alleged traffickers under " + statute.orElse("all statutes") + ", " + span;
        String subtitle = statute
                .map(code -> titles.title(code, trend.to()).map(t -> t + " \u2014 ").orElse("") + "per year")
                .orElse("per year, each statute's counts added up");
        return TrendChart.render(title, subtitle, UNIT, years, List.of(
                series("investigated", trend, statute, StatuteFiguresType::investigated),
                series("prosecuted", trend, statute, StatuteFiguresType::prosecuted),
                series("convicted", trend, statute, StatuteFiguresType::convicted)));
    }

    private static TrendChart.Series series(String name, FiguresTrendType trend, Optional<String> statute,
                                            ToIntFunction<StatuteFiguresType> figure) {
        return new TrendChart.Series(name, trend.years().stream()
                .map(year -> year.statutes().stream()
                        .filter(s -> statute.map(code -> code.equals(s.statuteCode())).orElse(true))
                        .mapToLong(figure::applyAsInt).sum())
                .toList());
    }
}
