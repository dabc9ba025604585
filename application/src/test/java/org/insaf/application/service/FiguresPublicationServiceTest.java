package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.adapters.InMemoryFiguresPublications;
import org.insaf.application.adapters.InMemoryProsecutionStatistics;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.application.port.in.PublishYearlyFiguresUseCase;
import org.insaf.application.statistics.FigureChange;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.ReportedFigures;
import org.insaf.application.statistics.Revision;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing the yearly figures freezes them; a change of the data after it shows as a difference, never in their place. */
class FiguresPublicationServiceTest {

    private static final String REASON = "Two accused of a 2017 case were recorded late";

    private Insaf app;
    private InMemoryFiguresPublications stored;
    private FiguresPublicationService publishing;
    private StatisticsService reading;
    private CaseStory story;

    @BeforeEach
    void setUp() {
        app = new Insaf();
        stored = new InMemoryFiguresPublications();
        InMemoryProsecutionStatistics statistics = new InMemoryProsecutionStatistics(app.cases);
        publishing = new FiguresPublicationService(statistics, stored, app.audit, app.clock);
        reading = new StatisticsService(statistics, stored, app.clock);
        story = CaseStory.register(app).withPeople(); // two accused, investigated from March 2017
    }

    private Publication publish(int year, String reason) {
        return publishing.publish(new PublishYearlyFiguresUseCase.Command(Actors.ANALYST, year, Optional.ofNullable(reason)))
                .publication();
    }

    private void addAccused(LocalDate on) {
        app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                Trafficker.person(PersonId.random(), "Late accused " + on, Set.of(TraffickerRole.HARBOURER), CountryCode.PAKISTAN),
                Optional.empty(), Optional.of(on)));
    }

    private List<AuditEntry> publicationsAudited() {
        return app.audit.all().stream().filter(e -> e.action() == AuditAction.PUBLISH_FIGURES).toList();
    }

    @Test
    void an_analyst_publishes_an_ended_year_as_it_is_counted_and_the_publication_is_audited() {
        Publication first = publish(2017, null);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.reason()).isEmpty();
        assertThat(first.publishedOn()).isEqualTo(Insaf.TODAY);
        assertThat(first.publishedBy()).isEqualTo(Actors.ANALYST.userId());
        assertThat(first.figures().persons().investigated()).isEqualTo(2);
        assertThat(publicationsAudited()).singleElement().satisfies(e -> {
            assertThat(e.aboutCase()).isEmpty();
            assertThat(e.actorId()).isEqualTo(Actors.ANALYST.userId());
            assertThat(e.detail()).isEqualTo("figures of 2017, revision 1");
        });
        ReportedFigures read = reading.figures(Actors.ADMIN, 2017);
        assertThat(read.publication()).contains(first);
        assertThat(read.figures()).isEqualTo(first.figures());
        assertThat(read.changedSince()).isEmpty();
    }

    @Test
    void a_published_year_reads_as_published_with_every_figure_the_data_changed_since() {
        Publication first = publish(2017, null);
        addAccused(LocalDate.of(2017, 9, 1));
        addAccused(LocalDate.of(2018, 2, 1)); // investigated in 2018: no change to 2017

        ReportedFigures read = reading.figures(Actors.ANALYST, 2017);
        assertThat(read.figures()).as("the published numbers, not rewritten").isEqualTo(first.figures());
        assertThat(read.changedSince()).containsExactly(
                new FigureChange("byAgencyAndProvince.FIA.NOT_RECORDED.investigated", 2, 3),
                new FigureChange("distinctPersons.investigated", 2, 3),
                new FigureChange("pairs.investigated", 2, 3), new FigureChange("persons.investigated", 2, 3),
                new FigureChange("statutes.PACHTO-3.investigated", 2, 3));
        assertThat(reading.trend(Actors.ANALYST, 2017, 2018)).satisfiesExactly(
                y2017 -> assertThat(y2017).isEqualTo(read),
                y2018 -> {
                    assertThat(y2018.publication()).isEmpty();
                    assertThat(y2018.figures().persons().investigated()).isEqualTo(1);
                });
    }

    @Test
    void a_conviction_set_aside_on_appeal_shows_in_the_published_year_as_a_change_and_a_revision_records_why() {
        story.decided(); // the recruiter convicted on 2018-01-15
        Publication first = publish(2018, null);
        assertThat(first.figures().persons().convicted()).isEqualTo(1);
        story.convictAppealAdmitted();
        app.appeals.decideAppeal(new DecideAppealUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(), story.appeal(),
                Appeal.AppealOutcome.ACQUITTED_ON_APPEAL, CaseStory.APPEAL_DECIDED, List.of()));

        ReportedFigures read = reading.figures(Actors.ANALYST, 2018);
        assertThat(read.figures()).as("the published numbers, not rewritten").isEqualTo(first.figures());
        assertThat(read.changedSince()).containsExactly(
                new FigureChange("byAgencyAndProvince.FIA.NOT_RECORDED.convicted", 1, 0),
                new FigureChange("distinctPersons.convicted", 1, 0), new FigureChange("distinctPersons.convictionsSetAside", 0, 1),
                new FigureChange("pairs.convicted", 1, 0), new FigureChange("pairs.convictionsSetAside", 0, 1),
                new FigureChange("persons.convicted", 1, 0), new FigureChange("persons.convictionsSetAside", 0, 1),
                new FigureChange("statutes.PACHTO-3.convicted", 1, 0),
                new FigureChange("statutes.PACHTO-3.convictionsSetAside", 0, 1));
        Revision revision = publishing.publish(new PublishYearlyFiguresUseCase.Command(Actors.ANALYST, 2018,
                Optional.of("The High Court set aside a conviction of 2018")));
        assertThat(revision.changes()).hasSize(9);
        assertThat(revision.publication().figures().statutes()).singleElement()
                .satisfies(s -> {
                    assertThat(s.convicted()).isZero();
                    assertThat(s.convictionsSetAside()).isEqualTo(1);
                });
        assertThat(reading.figures(Actors.ANALYST, 2018).changedSince()).isEmpty();
    }

    @Test
    void a_revision_carries_its_reason_and_the_earlier_publication_stays_readable() {
        Publication first = publish(2017, null);
        addAccused(LocalDate.of(2017, 9, 1));
        Revision revision = publishing.publish(new PublishYearlyFiguresUseCase.Command(Actors.ANALYST, 2017,
                Optional.of("  " + REASON + " ")));
        Publication second = revision.publication();
        assertThat(revision.changes()).containsExactly(
                new FigureChange("byAgencyAndProvince.FIA.NOT_RECORDED.investigated", 2, 3),
                new FigureChange("distinctPersons.investigated", 2, 3),
                new FigureChange("pairs.investigated", 2, 3),
                new FigureChange("persons.investigated", 2, 3), new FigureChange("statutes.PACHTO-3.investigated", 2, 3));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reason()).contains(REASON);
        assertThat(second.figures().persons().investigated()).isEqualTo(3);

        assertThat(reading.figures(Actors.ANALYST, 2017)).satisfies(r -> {
            assertThat(r.publication()).contains(second);
            assertThat(r.changedSince()).isEmpty();
        });
        assertThat(reading.publications(Actors.ADMIN, 2017)).containsExactly(
                new Revision(first, List.of()),
                new Revision(second, List.of(new FigureChange("byAgencyAndProvince.FIA.NOT_RECORDED.investigated", 2, 3),
                new FigureChange("distinctPersons.investigated", 2, 3),
                        new FigureChange("pairs.investigated", 2, 3),
                        new FigureChange("persons.investigated", 2, 3), new FigureChange("statutes.PACHTO-3.investigated", 2, 3))));
        assertThat(publicationsAudited()).extracting(AuditEntry::detail).containsExactly("figures of 2017, revision 1",
                "figures of 2017, revision 2, 5 figure(s) changed since revision 1: " + REASON);
    }

    @Nested
    class Refused {

        private void refused(String rule, String message, Runnable publish) {
            int before = stored.between(2000, 2100).size();
            assertThatThrownBy(publish::run).isInstanceOf(InvalidValueException.class).hasMessage(message)
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo(rule);
            assertThat(stored.between(2000, 2100)).hasSize(before);
        }

        @Test
        void publishing_a_published_year_again_without_a_reason() {
            publish(2017, null);
            addAccused(LocalDate.of(2017, 9, 1));
            refused("REVISION_NEEDS_REASON", "the figures of 2017 were published on 2024-01-15 (revision 1); "
                    + "publishing them again is a revision and needs the reason for it", () -> publish(2017, null));
            refused("REVISION_NEEDS_REASON", "the figures of 2017 were published on 2024-01-15 (revision 1); "
                    + "publishing them again is a revision and needs the reason for it", () -> publish(2017, "   "));
            assertThat(publicationsAudited()).hasSize(1);
        }

        @Test
        void a_revision_that_changes_no_figure() {
            publish(2017, null);
            addAccused(LocalDate.of(2018, 2, 1));
            refused("REVISION_CHANGES_FIGURES", "no figure of 2017 has changed since revision 1; there is nothing to revise",
                    () -> publish(2017, REASON));
        }

        @Test
        void a_reason_for_a_first_publication() {
            refused("REVISION_NEEDS_REASON", "the figures of 2017 have not been published yet; a reason is given only for a revision",
                    () -> publish(2017, REASON));
        }

        @Test
        void a_year_not_over() {
            refused("FIGURES_OF_AN_ENDED_YEAR", "the figures of 2024 can be published once the year is over (today is 2024-01-15)",
                    () -> publish(2024, null));
            refused("FIGURES_OF_AN_ENDED_YEAR", "the figures of 2031 can be published once the year is over (today is 2024-01-15)",
                    () -> publish(2031, null));
        }

        @Test
        void a_year_before_the_figures_or_an_overlong_reason() {
            assertThatThrownBy(() -> publish(1999, null)).isInstanceOf(InvalidCommand.class)
                    .hasMessage("figures are kept from 2000; there are none for 1999");
            assertThatThrownBy(() -> publish(2017, "x".repeat(2001))).isInstanceOf(InvalidCommand.class)
                    .hasMessage("a revision's reason is at most 2000 characters, not 2001");
            assertThat(stored.between(2000, 2100)).isEmpty();
        }
    }

    static Stream<Actor> notAnalysts() {
        return Stream.of(Actors.ADMIN, Actors.LEAD, Actors.PROSECUTOR, Actors.JUDGE, Actors.NO_ROLES);
    }

    @ParameterizedTest
    @MethodSource("notAnalysts")
    void only_an_analyst_publishes(Actor other) {
        assertThatThrownBy(() -> publishing.publish(new PublishYearlyFiguresUseCase.Command(other, 2017, Optional.empty())))
                .isInstanceOf(AccessRefused.class).hasMessage("Only an analyst may publish the yearly figures");
        assertThat(stored.between(2000, 2100)).isEmpty();
        assertThat(publicationsAudited()).isEmpty();
    }

    @Test
    void only_analysts_and_admins_read_the_publications() {
        publish(2017, null);
        assertThatThrownBy(() -> reading.publications(Actors.LEAD, 2017)).isInstanceOf(AccessRefused.class);
        assertThat(reading.publications(Actors.ANALYST, 2016)).isEmpty();
    }
}
