package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.adapters.InMemoryVictimRecordSource;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.export.VictimExport;
import org.insaf.application.port.in.DeidentifiedVictimExport.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads the export is who reads the yearly figures: the same actors, from StatisticsServiceTest. */
class VictimExportServiceTest {

    private Insaf app;
    private int minimumK;
    private VictimExportService export;

    @BeforeEach
    void setUp() {
        app = new Insaf();
        minimumK = 11;
        export = new VictimExportService(new InMemoryVictimRecordSource(app.cases), () -> minimumK, app.clock);
    }

    @ParameterizedTest
    @MethodSource("org.insaf.application.service.StatisticsServiceTest#readers")
    void analysts_and_admins_export_with_the_ctdc_k_by_default(Actor reader) {
        CaseStory.register(app).investigating().withPeople();
        VictimExport result = export.export(new Request(reader, 2017, 2017, Optional.empty()));
        assertThat(result.k()).isEqualTo(11);
        assertThat(result.fromYear()).isEqualTo(2017);
        // The story's one victim is a group of one: held back, and said so.
        assertThat(result.victims()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("org.insaf.application.service.StatisticsServiceTest#others")
    void no_one_else_exports(Actor other) {
        assertThatThrownBy(() -> export.export(new Request(other, 2017, 2017, Optional.empty())))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("The de-identified victim export is for analysts and admins");
    }

    @Test
    void k_may_be_raised_but_not_lowered_below_the_deployments_minimum() {
        assertThat(export.export(new Request(Actors.ANALYST, 2017, 2017, Optional.of(25))).k()).isEqualTo(25);
        assertThatThrownBy(() -> export.export(new Request(Actors.ANALYST, 2017, 2017, Optional.of(10))))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("k may be raised, not lowered: every published group has at least 11 victims, not 10");
    }

    @Test
    void a_deployment_minimum_above_the_ctdc_k_is_the_default_and_one_below_allows_smaller_groups() {
        minimumK = 20;
        assertThat(export.export(new Request(Actors.ADMIN, 2017, 2017, Optional.empty())).k()).isEqualTo(20);
        minimumK = 3;
        assertThat(export.export(new Request(Actors.ADMIN, 2017, 2017, Optional.empty())).k()).isEqualTo(11);
        assertThat(export.export(new Request(Actors.ADMIN, 2017, 2017, Optional.of(3))).k()).isEqualTo(3);
        minimumK = 1;
        assertThatThrownBy(() -> export.export(new Request(Actors.ADMIN, 2017, 2017, Optional.of(1))))
                .isInstanceOf(InvalidCommand.class).hasMessage("k must be at least 2, not 1");
    }

    @Test
    void the_years_run_forward_from_2000_and_not_past_this_year() {
        assertThatThrownBy(() -> new Request(Actors.ANALYST, 2018, 2017, Optional.empty()))
                .isInstanceOf(InvalidCommand.class).hasMessage("a range of years runs forward: 2018 is after 2017");
        assertThatThrownBy(() -> new Request(Actors.ANALYST, 1999, 2017, Optional.empty()))
                .isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> export.export(new Request(Actors.ANALYST, 2020, 2025, Optional.empty())))
                .isInstanceOf(InvalidCommand.class).hasMessage("there are no registrations yet in 2025");
        assertThatThrownBy(() -> new Request(null, 2017, 2017, Optional.empty())).isInstanceOf(InvalidCommand.class);
    }
}
