package org.insaf.application.statistics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A year's figures as published rows and back: nothing lost, nothing made up (the publications are stored as rows). */
class FigureRowsProperties {

    @Property(tries = 300)
    void the_rows_give_back_the_figures_they_were_made_from(@ForAll("years") YearlyFigures figures) {
        assertThat(FigureRows.figures(figures.year(), FigureRows.of(figures))).isEqualTo(figures);
    }

    @Property(tries = 200)
    void only_what_differs_is_a_change(@ForAll("years") YearlyFigures was, @ForAll("years") YearlyFigures now) {
        assertThat(FigureRows.changes(was, was)).isEmpty();
        Map<String, Long> before = FigureRows.of(was);
        Map<String, Long> after = FigureRows.of(now);
        FigureRows.changes(was, now).forEach(c -> {
            assertThat(c.was()).isEqualTo(before.getOrDefault(c.row(), 0L));
            assertThat(c.now()).isEqualTo(after.getOrDefault(c.row(), 0L));
            assertThat(c.was()).isNotEqualTo(c.now());
        });
    }

    @Test
    void the_appellate_and_office_rows_are_named_by_their_path_and_left_out_at_zero() {
        YearlyFigures year = new YearlyFigures(2019, List.of(new StatuteFigures(StatuteCode.of("PACHTO-3"), 0, 0, 0, 1, 0)),
                HeadlineFigures.persons(0, 0, 0, 1, 0), new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 0, 0, 0, 1, 0),
                Map.of(), Map.of(), Map.of(), Map.of(),
                List.of(new OfficeFigures(Agency.FIA, Optional.empty(), 0, 0, 0, 1),
                        new OfficeFigures(Agency.PROVINCIAL_POLICE, Optional.of(Province.SINDH), 2, 0, 0, 0)));
        assertThat(FigureRows.of(year)).containsOnlyKeys("statutes.PACHTO-3.investigated", "statutes.PACHTO-3.prosecuted",
                "statutes.PACHTO-3.convicted", "statutes.PACHTO-3.convictedOnAppeal",
                "persons.investigated", "persons.prosecuted", "persons.convicted", "persons.convictedOnAppeal",
                "pairs.investigated", "pairs.prosecuted", "pairs.convicted", "pairs.convictedOnAppeal",
                "byAgencyAndProvince.FIA.NOT_RECORDED.convictedOnAppeal",
                "byAgencyAndProvince.PROVINCIAL_POLICE.SINDH.investigated");
        assertThatThrownBy(() -> FigureRows.figures(2019, Map.of("byAgencyAndProvince.FIA.convicted", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a row of the yearly figures");
        assertThatThrownBy(() -> FigureRows.figures(2019, Map.of("byAgencyAndProvince.FIA.SINDH.convictionsSetAside", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a row of the yearly figures");
    }

    @Test
    void a_publication_made_before_the_distinct_persons_were_counted_shows_no_change_in_them() {
        YearlyFigures published = new YearlyFigures(2019, List.of(), HeadlineFigures.persons(2, 0, 0),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 2, 0, 0), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
        YearlyFigures now = new YearlyFigures(2019, List.of(), HeadlineFigures.persons(3, 0, 0),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 3, 0, 0), Map.of(), Map.of(), Map.of(), Map.of(), List.of(),
                Optional.of(HeadlineFigures.distinctPersons(2, 0, 0, 0, 0)));
        assertThat(FigureRows.changes(published, now)).extracting(FigureChange::row)
                .containsExactly("pairs.investigated", "persons.investigated");
        assertThat(FigureRows.figures(2019, FigureRows.of(published)).distinctPersons()).isEmpty();
        assertThat(FigureRows.figures(2019, FigureRows.of(now))).isEqualTo(now);
    }

    @Provide
    Arbitrary<YearlyFigures> years() {
        Arbitrary<Long> count = Arbitraries.longs().between(0, 1_000);
        Arbitrary<Long> positive = Arbitraries.longs().between(1, 1_000);
        Arbitrary<StatuteFigures> statute = Combinators.combine(Arbitraries.of("PACHTO-3", "PTPA-3", "PPC-371A", "EO-18"),
                        count, count, count, count, count)
                .as((code, i, p, c, a, s) -> new StatuteFigures(StatuteCode.of(code), i, p, c, a, s));
        Arbitrary<OfficeFigures> office = Combinators.combine(Arbitraries.of(Agency.class),
                        Arbitraries.of(Province.class).optional(), count, count, count, positive)
                .as(OfficeFigures::new);
        Arbitrary<HeadlineFigures> persons = Combinators.combine(count, count, count, count, count)
                .as(HeadlineFigures::persons);
        return Combinators.combine(Arbitraries.integers().between(2000, 2030),
                        statute.list().ofMaxSize(4).uniqueElements(StatuteFigures::statute), persons,
                        office.list().ofMaxSize(4).uniqueElements(o -> o.agency() + "|" + o.province()),
                        Arbitraries.maps(Arbitraries.of(Gender.class), positive).ofMaxSize(3),
                        Arbitraries.maps(Arbitraries.of(CaseStatus.class), positive).ofMaxSize(3),
                        Arbitraries.maps(Arbitraries.of(Purpose.class), positive).ofMaxSize(3),
                        Arbitraries.maps(Arbitraries.of(AgeGroup.class), positive).ofMaxSize(3))
                .as((year, statutes, headline, offices, bySex, byStatus, byPurpose, byAge) -> new YearlyFigures(year,
                        new java.util.ArrayList<>(new TreeMap<>(statutes.stream().collect(java.util.stream.Collectors.toMap(
                                StatuteFigures::statute, s -> s))).values()),
                        headline, YearlyFigures.pairsOf(statutes, code -> !code.value().startsWith("EO")),
                        bySex, byAge, byPurpose, byStatus, offices));
    }
}
