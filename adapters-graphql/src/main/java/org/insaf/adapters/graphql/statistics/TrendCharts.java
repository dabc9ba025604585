package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.HeadlineFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.statistics.CountingUnit;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The chart of a trend: investigated, prosecuted and convicted per year, for one statute (each
 * accused once under it) or for the provisions that count as trafficking (the PERSONS headline:
 * each accused once, whatever their statutes). The title says which.
 */
final class TrendCharts {

    static final String UNIT = "persons";

    private TrendCharts() {
    }

    /** {@code statute} must be a code {@code titles} knows, or empty for the trafficking provisions. */
    static String render(FiguresTrendType trend, Optional<String> statute, StatuteTitles titles) {
        List<Integer> years = trend.years().stream().map(YearlyFiguresType::year).toList();
        String span = trend.from() == trend.to() ? String.valueOf(trend.from()) : trend.from() + "\u2013" + trend.to();
        String title = "Alleged traffickers under " + statute.orElse("the trafficking provisions") + ", " + span
                + (statute.isPresent() ? " (persons)" : " (persons, each counted once)");
        String subtitle = statute
                .map(code -> titles.title(code, trend.to()).map(t -> t + " \u2014 ").orElse("") + "per year, each accused once under it")
                .orElse("per year, each accused once whatever their statutes");
        return TrendChart.render(title, subtitle, UNIT, years, List.of(
                series("investigated", trend, statute, StatuteFiguresType::investigated, HeadlineFiguresType::investigated),
                series("prosecuted", trend, statute, StatuteFiguresType::prosecuted, HeadlineFiguresType::prosecuted),
                series("convicted", trend, statute, StatuteFiguresType::convicted, HeadlineFiguresType::convicted)));
    }

    private static TrendChart.Series series(String name, FiguresTrendType trend, Optional<String> statute,
                                            ToIntFunction<StatuteFiguresType> ofStatute,
                                            ToIntFunction<HeadlineFiguresType> ofPersons) {
        return new TrendChart.Series(name, trend.years().stream()
                .map(year -> statute
                        .map(code -> year.statutes().stream().filter(s -> code.equals(s.statuteCode()))
                                .mapToLong(ofStatute::applyAsInt).sum())
                        .orElseGet(() -> year.headline().stream().filter(h -> h.counts() == CountingUnit.PERSONS)
                                .mapToLong(ofPersons::applyAsInt).sum()))
                .toList());
    }
}
