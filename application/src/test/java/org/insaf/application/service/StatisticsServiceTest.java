package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.adapters.InMemoryFiguresPublications;
import org.insaf.application.adapters.InMemoryProsecutionStatistics;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsServiceTest {

    private Insaf app;
    private StatisticsService statistics;

    @BeforeEach
    void setUp() {
        app = new Insaf();
        statistics = new StatisticsService(new InMemoryProsecutionStatistics(app.cases), new InMemoryFiguresPublications(), app.clock);
    }

    static Stream<Actor> readers() {
        return Stream.of(Actors.ANALYST, Actors.ADMIN);
    }

    static Stream<Actor> others() {
        return Stream.of(Actors.LEAD, Actors.PROSECUTOR, Actors.JUDGE, Actors.NO_ROLES);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void analysts_and_admins_read_the_figures_of_a_year(Actor reader) {
        CaseStory.register(app).investigating();
        YearlyFigures figures = statistics.figures(reader, 2017).figures();
        assertThat(figures.year()).isEqualTo(2017);
        assertThat(figures.casesByStatus()).containsValue(1L);
    }

    @ParameterizedTest
    @MethodSource("others")
    void no_one_else_reads_them(Actor other) {
        assertThatThrownBy(() -> statistics.figures(other, 2017)).isInstanceOf(AccessRefused.class)
                .hasMessage("The yearly figures are for analysts and admins");
        assertThatThrownBy(() -> statistics.trend(other, 2016, 2017)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void a_trend_is_one_figure_per_year_in_order() {
        List<ReportedFigures> trend = statistics.trend(Actors.ANALYST, 2015, 2018);
        assertThat(trend).extracting(r -> r.figures().year()).containsExactly(2015, 2016, 2017, 2018);
    }

    @Test
    void impossible_years_are_refused_with_the_reason() {
        assertThatThrownBy(() -> statistics.figures(Actors.ANALYST, 1999)).isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("figures are kept from 2000");
        assertThatThrownBy(() -> statistics.figures(Actors.ANALYST, Insaf.TODAY.getYear() + 1))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("no figures yet");
        assertThatThrownBy(() -> statistics.trend(Actors.ANALYST, 2018, 2016)).isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("runs forward");
        assertThat(statistics.trend(Actors.ANALYST, 2000, 2024)).hasSize(25);
    }
}
