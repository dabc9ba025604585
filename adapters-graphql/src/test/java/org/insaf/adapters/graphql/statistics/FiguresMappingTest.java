package org.insaf.adapters.graphql.statistics;

import org.insaf.adapters.graphql.statistics.FiguresTypes.AgeGroupCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.CaseStatusCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.ExploitationCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FigureChangeType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FigureRevisionChangeType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.FiguresRevisionType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.HeadlineFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.PublicationStamp;
import org.insaf.adapters.graphql.statistics.FiguresTypes.SexCount;
import org.insaf.adapters.graphql.statistics.FiguresTypes.StatuteFiguresType;
import org.insaf.adapters.graphql.statistics.FiguresTypes.YearlyFiguresType;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.application.statistics.FigureChange;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiguresMappingTest {

    final StatuteTitles titles = new StatuteTitles(StatuteCatalogueFixture.catalogue());

    static YearlyFigures figures(int year) {
        // Listed out of code order, and with a code the catalogue does not hold.
        List<StatuteFigures> statutes = List.of(new StatuteFigures(StatuteCode.of("PPC-370"), 2, 1, 0),
                new StatuteFigures(StatuteCode.of("PACHTO-3"), 7, 5, 3),
                new StatuteFigures(StatuteCode.of("ZZ-1"), 1, 0, 0));
        return new YearlyFigures(year, statutes, new HeadlineFigures(CountingUnit.PERSONS, 6, 4, 2),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 9, 6, 3),
                Map.of(Gender.FEMALE, 4L, Gender.MALE, 2L), Map.of(AgeGroup.values()[0], 1L),
                Map.of(Purpose.BONDED_LABOUR, 3L), Map.of(CaseStatus.ON_TRIAL, 2L, CaseStatus.REGISTERED, 1L));
    }

    @Test
    void unpublished_figures_have_no_stamp_and_no_changes() {
        YearlyFiguresType type = FiguresMapping.of(new ReportedFigures(figures(2017), Optional.empty(), List.of()), titles);

        assertThat(type.year()).isEqualTo(2017);
        assertThat(type.publication()).isNull();
        assertThat(type.changedSincePublication()).isEmpty();
    }

    @Test
    void statutes_are_listed_by_code_with_the_title_cited_in_that_year_and_none_for_a_code_the_catalogue_lacks() {
        YearlyFiguresType type = FiguresMapping.of(new ReportedFigures(figures(2017), Optional.empty(), List.of()), titles);

        assertThat(type.statutes()).containsExactly(
                new StatuteFiguresType("PACHTO-3", StatuteCatalogueFixture.PACHTO_3.title(), 7, 5, 3, 0, 0),
                new StatuteFiguresType("PPC-370", StatuteCatalogueFixture.PPC_370.title(), 2, 1, 0, 0, 0),
                new StatuteFiguresType("ZZ-1", null, 1, 0, 0, 0, 0));
    }

    @Test
    void the_headline_is_persons_then_pairs_each_with_its_label() {
        YearlyFiguresType type = FiguresMapping.of(new ReportedFigures(figures(2017), Optional.empty(), List.of()), titles);

        assertThat(type.headline()).containsExactly(
                new HeadlineFiguresType(CountingUnit.PERSONS, FiguresMapping.label(CountingUnit.PERSONS), 6, 4, 2, 0, 0),
                new HeadlineFiguresType(CountingUnit.PERSON_STATUTE_PAIRS,
                        FiguresMapping.label(CountingUnit.PERSON_STATUTE_PAIRS), 9, 6, 3, 0, 0));
        assertThat(FiguresMapping.label(CountingUnit.PERSONS)).contains("persons, each counted once");
        assertThat(FiguresMapping.label(CountingUnit.PERSON_STATUTE_PAIRS)).contains("person and statute pairs");
    }

    @Test
    void every_value_of_each_vocabulary_is_listed_in_declaration_order_with_zero_where_none_were_counted() {
        YearlyFiguresType type = FiguresMapping.of(new ReportedFigures(figures(2017), Optional.empty(), List.of()), titles);

        assertThat(type.victimsBySex()).extracting(SexCount::key).containsExactly(Gender.values());
        assertThat(type.victimsBySex()).filteredOn(c -> c.key() == Gender.FEMALE).extracting(SexCount::count).containsExactly(4);
        assertThat(type.victimsBySex()).filteredOn(c -> c.key() == Gender.MALE).extracting(SexCount::count).containsExactly(2);
        assertThat(type.victimsBySex()).extracting(SexCount::count).containsOnly(4, 2, 0);
        assertThat(type.victimsByAgeGroup()).extracting(AgeGroupCount::key).containsExactly(AgeGroup.values());
        assertThat(type.victimsByAgeGroup().get(0).count()).isEqualTo(1);
        assertThat(type.victimsByExploitation()).extracting(ExploitationCount::key).containsExactly(Purpose.values());
        assertThat(type.victimsByExploitation()).filteredOn(c -> c.key() == Purpose.BONDED_LABOUR)
                .extracting(ExploitationCount::count).containsExactly(3);
        assertThat(type.casesByStatus()).extracting(CaseStatusCount::key).containsExactly(CaseStatus.values());
        assertThat(type.casesByStatus()).extracting(CaseStatusCount::count).containsOnly(2, 1, 0);
        assertThat(Arrays.stream(CaseStatus.values()).mapToInt(s -> type.casesByStatus().get(s.ordinal()).count()).sum())
                .isEqualTo(3);
    }

    @Test
    void published_figures_carry_their_stamp_and_what_changed_since() {
        Publication first = new Publication(2017, 1, LocalDate.of(2018, 1, 15), Instant.parse("2018-01-15T05:00:00Z"),
                "analyst-1", Optional.empty(), figures(2017));

        YearlyFiguresType type = FiguresMapping.of(new ReportedFigures(figures(2017), Optional.of(first),
                List.of(new FigureChange("statutes.PACHTO-3.investigated", 6, 7))), titles);

        assertThat(type.publication()).isEqualTo(new PublicationStamp(2017, 1, LocalDate.of(2018, 1, 15), "analyst-1", null));
        assertThat(type.changedSincePublication()).containsExactly(new FigureChangeType("statutes.PACHTO-3.investigated", 6, 7));
    }

    @Test
    void a_revision_carries_its_reason_its_figures_and_its_changes_from_the_revision_before() {
        Publication second = new Publication(2017, 2, LocalDate.of(2018, 3, 1), Instant.parse("2018-03-01T05:00:00Z"),
                "analyst-2", Optional.of("late verdicts"), figures(2017));

        FiguresRevisionType type = FiguresMapping.of(new Revision(second,
                List.of(new FigureChange("headline.PERSONS.convicted", 1, 2))), titles);

        PublicationStamp stamp = new PublicationStamp(2017, 2, LocalDate.of(2018, 3, 1), "analyst-2", "late verdicts");
        assertThat(type.publication()).isEqualTo(stamp);
        assertThat(type.figures().publication()).isEqualTo(stamp);
        assertThat(type.figures().changedSincePublication()).isEmpty();
        assertThat(type.figures().statutes()).hasSize(3);
        assertThat(type.changes()).containsExactly(new FigureRevisionChangeType("headline.PERSONS.convicted", 1, 2));
    }

    @Test
    void a_count_beyond_a_graphql_int_is_refused_rather_than_wrapped() {
        YearlyFigures huge = new YearlyFigures(2017, List.of(new StatuteFigures(StatuteCode.of("PACHTO-3"),
                (long) Integer.MAX_VALUE + 1, 0, 0)), new HeadlineFigures(CountingUnit.PERSONS, 0, 0, 0),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 0, 0, 0), Map.of(), Map.of(), Map.of(), Map.of());

        assertThatThrownBy(() -> FiguresMapping.of(new ReportedFigures(huge, Optional.empty(), List.of()), titles))
                .isInstanceOf(ArithmeticException.class);
    }
}
