package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.statute.Statute;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListStatutesTest extends UseCaseTest {

    static Stream<Actor> everyRole() {
        return Stream.of(Actors.LEAD, Actors.OUTSIDER, Actors.PROSECUTOR, Actors.JUDGE, Actors.ADMIN, Actors.ANALYST);
    }

    @ParameterizedTest
    @MethodSource("everyRole")
    void every_role_reads_the_whole_catalogue_ordered_by_code_and_version(Actor actor) {
        List<Statute> all = app.statuteList.listStatutes(new ListStatutesUseCase.Query(actor, Optional.empty()));
        assertThat(all).containsExactlyElementsOf(StatuteCatalogueFixture.all().stream()
                .sorted(Comparator.comparing(Statute::code).thenComparingInt(Statute::version)).toList());
    }

    @Test
    void the_statutes_in_force_on_a_day() {
        LocalDate day = LocalDate.of(2017, 2, 1);
        List<Statute> inForce = app.statuteList.listStatutes(new ListStatutesUseCase.Query(Actors.ANALYST, Optional.of(day)));
        assertThat(inForce).allMatch(s -> s.isInForceOn(day));
        assertThat(inForce).extracting(Statute::ref).contains(StatuteCatalogueFixture.PACHTO_3.ref(),
                StatuteCatalogueFixture.PPC_369A.ref()).doesNotContain(StatuteCatalogueFixture.PTPA_3.ref());
        assertThat(inForce).hasSize((int) StatuteCatalogueFixture.all().stream().filter(s -> s.isInForceOn(day)).count());
    }

    @Test
    void of_an_amended_provision_only_the_version_in_force_that_day() {
        List<Statute> in2023 = app.statuteList.listStatutes(new ListStatutesUseCase.Query(Actors.PROSECUTOR,
                Optional.of(LocalDate.of(2023, 1, 1))));
        assertThat(in2023).extracting(Statute::ref).contains(StatuteRef.of("PTPA-3-AGG", 2))
                .doesNotContain(StatuteRef.of("PTPA-3-AGG", 1), StatuteCatalogueFixture.PACHTO_3.ref());
        List<Statute> in2019 = app.statuteList.listStatutes(new ListStatutesUseCase.Query(Actors.PROSECUTOR,
                Optional.of(LocalDate.of(2019, 1, 1))));
        assertThat(in2019).extracting(Statute::ref).contains(StatuteRef.of("PTPA-3-AGG", 1))
                .doesNotContain(StatuteRef.of("PTPA-3-AGG", 2));
    }

    @Test
    void a_caller_without_any_role_reads_nothing() {
        assertThatThrownBy(() -> app.statuteList.listStatutes(new ListStatutesUseCase.Query(Actors.NO_ROLES, Optional.empty())))
                .isInstanceOf(AccessRefused.class);
    }

    /** Like every other command and query: a missing actor is bad input, a null filter means no filter. */
    @Test
    void a_malformed_query_is_an_invalid_command() {
        assertThatThrownBy(() -> new ListStatutesUseCase.Query(null, Optional.empty())).isInstanceOf(InvalidCommand.class);
        assertThat(new ListStatutesUseCase.Query(Actors.ANALYST, null).inForceOn()).isEmpty();
    }
}
