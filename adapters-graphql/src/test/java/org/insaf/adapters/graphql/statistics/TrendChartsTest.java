package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresTrendType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.HeadlineFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.domain.statute.StatuteCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend chart plots what its title says: one statute's persons, or the trafficking provisions' persons counted once. */
class TrendChartsTest {

    private static final StatuteTitles NO_TITLES = new StatuteTitles(new StatuteCatalogue(List.of()));

    /** One accused under two statutes each year: one person, two (person, statute) pairs. */
    private static YearlyFiguresType year(int year, int persons) {
        return new YearlyFiguresType(year, null, List.of(),
                List.of(new HeadlineFiguresType(CountingUnit.PERSONS, FiguresMapping.label(CountingUnit.PERSONS), persons, 0, 0, 0, 0),
                        new HeadlineFiguresType(CountingUnit.PERSON_STATUTE_PAIRS,
                                FiguresMapping.label(CountingUnit.PERSON_STATUTE_PAIRS), 2 * persons, 0, 0, 0, 0)), null,
                List.of(new StatuteFiguresType("PACHTO-3", null, persons, 0, 0, 0, 0),
                        new StatuteFiguresType("PPC-371A", null, persons, 0, 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static final FiguresTrendType TREND = new FiguresTrendType(2016, 2017, List.of(year(2016, 3), year(2017, 5)));

    @Test
    void without_a_statute_it_is_the_persons_headline_and_the_title_says_each_is_counted_once() throws Exception {
        SvgChartReader chart = SvgChartReader.parse(TrendCharts.render(TREND, Optional.empty(), NO_TITLES));
        assertThat(chart.title())
                .startsWith("Alleged traffickers under the trafficking provisions, 2016\u20132017 (persons, each counted once)");
        assertThat(chart.values("investigated")).as("not the pairs 6 and 10").containsExactly(3L, 5L);
    }

    @Test
    void one_statute_is_its_own_row_of_persons() throws Exception {
        SvgChartReader chart = SvgChartReader.parse(TrendCharts.render(TREND, Optional.of("PPC-371A"), NO_TITLES));
        assertThat(chart.title()).startsWith("Alleged traffickers under PPC-371A, 2016\u20132017 (persons)");
        assertThat(chart.values("investigated")).containsExactly(3L, 5L);
    }
}
