package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** What the judge on whose docket the case is does: open the trial, hear it, decide it, close it. */
class TrialTest extends UseCaseTest {

    private CaseView open(CaseStory story, LocalDate on) {
        return app.trial.openTrial(new OpenTrialUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(), on));
    }

    private CaseView hear(CaseStory story, LocalDate on) {
        return app.trial.recordHearing(new RecordHearingUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(),
                new Hearing(on, COURT, "prosecution evidence", null)));
    }

    private CaseView verdict(CaseStory story, PersonId accused, VerdictOutcome outcome, LocalDate on) {
        return verdict(story, story.offenceAgainst(accused), outcome, on);
    }

    private CaseView verdict(CaseStory story, OffenceId offence, VerdictOutcome outcome, LocalDate on) {
        return app.trial.recordVerdict(new RecordVerdictUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(),
                offence, outcome, on));
    }

    private CaseView sentence(CaseStory story, PersonId accused, Sentence sentence) {
        return app.trial.recordSentence(new RecordSentenceUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(),
                story.offenceAgainst(accused), sentence));
    }

    private CaseView close(CaseStory story, LocalDate on) {
        return app.trial.closeCase(new CloseCaseUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(), on));
    }

    @Nested
    class OpenTrialAndHearings {

        @Test
        void the_judge_opens_the_trial_of_a_charged_case() {
            CaseStory story = story().charged();
            AuditEntry entry = audited(story.id(), () -> open(story, TRIAL));
            assertThat(app.seenBy(Actors.JUDGE, story.id()).statusDates()).containsEntry(CaseStatus.ON_TRIAL, TRIAL);
            assertThat(entry.action()).isEqualTo(AuditAction.OPEN_TRIAL);
            assertThat(entry.statusBefore()).contains(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(entry.statusAfter()).contains(CaseStatus.ON_TRIAL);
        }

        @Test
        void no_trial_before_the_charge_sheet_nor_before_its_date() {
            CaseStory uncharged = story().withFacts().assign();
            violates(uncharged.id(), Rule.LIFECYCLE, () -> open(uncharged, TRIAL));
            CaseStory charged = CaseStory.register(app, "FIR 13/2017").charged();
            violates(charged.id(), Rule.BUSINESS_DATE, () -> open(charged, CHARGED.minusDays(1)));
            violates(charged.id(), Rule.BUSINESS_DATE, () -> open(charged, Insaf.TODAY.plusDays(1)));
        }

        @Test
        void hearings_are_recorded_in_order_while_on_trial() {
            CaseStory story = story().onTrial();
            AuditEntry entry = audited(story.id(), () -> hear(story, HEARING.plusDays(7)));
            assertThat(app.load(story.id()).hearings()).extracting(Hearing::date)
                    .containsExactly(HEARING, HEARING.plusDays(7));
            assertThat(entry.action()).isEqualTo(AuditAction.RECORD_HEARING);
            assertThat(entry.detail()).contains(HEARING.plusDays(7).toString());

            violates(story.id(), Rule.BUSINESS_DATE, () -> hear(story, HEARING.minusDays(1)));
            violates(story.id(), Rule.BUSINESS_DATE, () -> hear(story, Insaf.TODAY.plusDays(1)));
        }

        @ParameterizedTest
        @EnumSource(value = CaseStory.Stage.class, names = {"FACTS", "CHARGED", "DECIDED"})
        void no_hearing_unless_on_trial(CaseStory.Stage stage) {
            CaseStory story = story().assign().at(stage);
            violates(story.id(), Rule.ORDER_OF_PROCEEDINGS, () -> hear(story, Insaf.TODAY));
        }
    }

    @Nested
    class Verdicts {

        @Test
        void a_verdict_on_one_charge_leaves_the_case_on_trial() {
            CaseStory story = story().onTrial();
            AuditEntry entry = audited(story.id(), () -> verdict(story, story.transporter, VerdictOutcome.ACQUITTED, VERDICT));
            Offence offence = app.load(story.id()).offences().stream()
                    .filter(o -> o.accused().equals(story.transporter)).findFirst().orElseThrow();
            assertThat(offence.verdictGiven()).contains(new Verdict(VerdictOutcome.ACQUITTED, VERDICT));
            assertThat(entry.action()).isEqualTo(AuditAction.RECORD_VERDICT);
            assertThat(entry.statusAfter()).contains(CaseStatus.ON_TRIAL);
            assertThat(entry.detail()).contains("ACQUITTED");
        }

        static Stream<Arguments> endings() {
            return Stream.of(Arguments.of(VerdictOutcome.ACQUITTED, VerdictOutcome.ACQUITTED),
                    Arguments.of(VerdictOutcome.WITHDRAWN, VerdictOutcome.ACQUITTED),
                    Arguments.of(VerdictOutcome.WITHDRAWN, VerdictOutcome.WITHDRAWN));
        }

        @ParameterizedTest(name = "{0} then {1}")
        @MethodSource("endings")
        void the_last_verdict_without_a_conviction_decides_the_case_that_day_in_one_audited_step(
                VerdictOutcome first, VerdictOutcome last) {
            CaseStory story = story().onTrial();
            verdict(story, story.recruiter, first, VERDICT);
            AuditEntry entry = audited(story.id(), () -> verdict(story, story.transporter, last, VERDICT.plusDays(3)));

            CaseView view = app.seenBy(Actors.JUDGE, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.DECIDED);
            assertThat(view.statusDates()).containsEntry(CaseStatus.DECIDED, VERDICT.plusDays(3));
            assertThat(entry.action()).isEqualTo(AuditAction.RECORD_VERDICT);
            assertThat(entry.statusBefore()).contains(CaseStatus.ON_TRIAL);
            assertThat(entry.statusAfter()).contains(CaseStatus.DECIDED);
        }

        @Test
        void a_conviction_without_its_sentence_keeps_the_case_on_trial() {
            CaseStory story = story().withVerdicts();
            assertThat(app.load(story.id()).status()).isEqualTo(CaseStatus.ON_TRIAL);
        }

        @Test
        void one_verdict_per_charge() {
            CaseStory story = story().withVerdicts();
            violates(story.id(), Rule.ORDER_OF_PROCEEDINGS,
                    () -> verdict(story, story.transporter, VerdictOutcome.CONVICTED, VERDICT.plusDays(1)));
        }

        @Test
        void no_verdict_before_the_trial_or_on_an_unknown_charge_or_back_in_time() {
            CaseStory charged = story().charged();
            violates(charged.id(), Rule.ORDER_OF_PROCEEDINGS,
                    () -> verdict(charged, charged.recruiter, VerdictOutcome.CONVICTED, VERDICT));
            CaseStory onTrial = CaseStory.register(app, "FIR 13/2017").onTrial();
            violates(onTrial.id(), Rule.PARTIES_OF_THE_CASE,
                    () -> verdict(onTrial, OffenceId.random(), VerdictOutcome.CONVICTED, VERDICT));
            violates(onTrial.id(), Rule.BUSINESS_DATE,
                    () -> verdict(onTrial, onTrial.recruiter, VerdictOutcome.CONVICTED, HEARING.minusDays(1)));
        }

        @Test
        void a_verdict_is_a_well_formed_command() {
            CaseStory story = story();
            assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(), null,
                    VerdictOutcome.CONVICTED, VERDICT)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(),
                    OffenceId.random(), null, VERDICT)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new RecordVerdictUseCase.Command(Actors.JUDGE, story.id(), Optional.empty(),
                    OffenceId.random(), VerdictOutcome.CONVICTED, null)).isInstanceOf(InvalidCommand.class);
        }
    }

    @Nested
    class Sentences {

        @Test
        void the_sentence_of_the_last_conviction_decides_the_case_on_the_day_it_is_pronounced() {
            CaseStory story = story().withVerdicts();
            AuditEntry entry = audited(story.id(), () -> sentence(story, story.recruiter, lawfulPachtoSentence(SENTENCED)));

            CaseView view = app.seenBy(Actors.JUDGE, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.DECIDED);
            assertThat(view.statusDates()).containsEntry(CaseStatus.DECIDED, SENTENCED);
            assertThat(view.offences()).filteredOn(o -> o.accused().equals(story.recruiter)).singleElement()
                    .satisfies(o -> assertThat(o.sentencePassed()).contains(lawfulPachtoSentence(SENTENCED)));
            assertThat(entry.action()).isEqualTo(AuditAction.RECORD_SENTENCE);
            assertThat(entry.statusBefore()).contains(CaseStatus.ON_TRIAL);
            assertThat(entry.statusAfter()).contains(CaseStatus.DECIDED);
        }

        @Test
        void with_two_convictions_the_case_is_decided_by_the_second_sentence_only() {
            CaseStory story = story().onTrial();
            verdict(story, story.recruiter, VerdictOutcome.CONVICTED, VERDICT);
            verdict(story, story.transporter, VerdictOutcome.CONVICTED, VERDICT);
            assertThat(sentence(story, story.recruiter, lawfulPachtoSentence(SENTENCED)).status()).isEqualTo(CaseStatus.ON_TRIAL);
            assertThat(sentence(story, story.transporter, lawfulPachtoSentence(SENTENCED.plusDays(1))).status())
                    .isEqualTo(CaseStatus.DECIDED);
            assertThat(app.load(story.id()).enteredOn(CaseStatus.DECIDED)).contains(SENTENCED.plusDays(1));
        }

        static Stream<Arguments> unlawfulSentences() {
            return Stream.of(
                    Arguments.of("15 years, above PACHTO's 14", Sentence.imprisonment(SENTENCED, Period.ofYears(15))
                            .withFine(Rupees.of(100_000))),
                    Arguments.of("14 years and a day", Sentence.imprisonment(SENTENCED, Period.of(14, 0, 1))
                            .withFine(Rupees.of(100_000))),
                    Arguments.of("10 years without the mandatory fine", Sentence.imprisonment(SENTENCED, Period.ofYears(10))),
                    Arguments.of("a fine alone", Sentence.fineOnly(SENTENCED, Rupees.of(100_000))),
                    Arguments.of("life, which PACHTO does not allow", Sentence.lifeImprisonment(SENTENCED)),
                    Arguments.of("death, which PACHTO does not allow", Sentence.death(SENTENCED)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("unlawfulSentences")
        void a_sentence_outside_the_statute_is_refused(String why, Sentence unlawful) {
            CaseStory story = story().withVerdicts();
            assertThat(violates(story.id(), Rule.SENTENCE_WITHIN_LAW, () -> sentence(story, story.recruiter, unlawful)))
                    .hasMessageContaining("PACHTO-3");
        }

        @Test
        void the_bounds_of_the_range_are_lawful() {
            CaseStory story = story().onTrial();
            verdict(story, story.recruiter, VerdictOutcome.CONVICTED, VERDICT);
            verdict(story, story.transporter, VerdictOutcome.CONVICTED, VERDICT);
            // PACHTO has no minimum: its "7 to 14 years" is the range of the maxima (statutes.md correction 1)
            sentence(story, story.recruiter, Sentence.imprisonment(SENTENCED, Period.ofYears(5)).withFine(Rupees.of(1)));
            assertThat(sentence(story, story.transporter, Sentence.imprisonment(SENTENCED, Period.ofYears(14))
                    .withFine(Rupees.of(1))).status()).isEqualTo(CaseStatus.DECIDED);
        }

        @Test
        void a_sentence_only_after_a_conviction_and_only_once() {
            CaseStory story = story().onTrial();
            violates(story.id(), Rule.ORDER_OF_PROCEEDINGS,
                    () -> sentence(story, story.recruiter, lawfulPachtoSentence(SENTENCED)));
            verdict(story, story.transporter, VerdictOutcome.ACQUITTED, VERDICT);
            violates(story.id(), Rule.ORDER_OF_PROCEEDINGS,
                    () -> sentence(story, story.transporter, lawfulPachtoSentence(SENTENCED)));
            verdict(story, story.recruiter, VerdictOutcome.CONVICTED, VERDICT);
            sentence(story, story.recruiter, lawfulPachtoSentence(SENTENCED));
            violates(story.id(), Rule.ORDER_OF_PROCEEDINGS,
                    () -> sentence(story, story.recruiter, lawfulPachtoSentence(SENTENCED.plusDays(1))));
        }

        @Test
        void a_sentence_is_not_pronounced_before_the_verdict_nor_in_the_future() {
            CaseStory story = story().withVerdicts();
            violates(story.id(), Rule.BUSINESS_DATE,
                    () -> sentence(story, story.recruiter, lawfulPachtoSentence(VERDICT.minusDays(1))));
            violates(story.id(), Rule.BUSINESS_DATE,
                    () -> sentence(story, story.recruiter, lawfulPachtoSentence(Insaf.TODAY.plusDays(1))));
        }
    }

    @Nested
    class CloseCase {

        @Test
        void the_judge_closes_a_decided_case() {
            CaseStory story = story().decided();
            AuditEntry entry = audited(story.id(), () -> close(story, CLOSED));
            CaseView view = app.seenBy(Actors.JUDGE, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(view.statusDates()).containsEntry(CaseStatus.CLOSED, CLOSED);
            assertThat(entry.action()).isEqualTo(AuditAction.CLOSE_CASE);
            assertThat(entry.statusBefore()).contains(CaseStatus.DECIDED);
            assertThat(entry.statusAfter()).contains(CaseStatus.CLOSED);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStory.Stage.class, names = {"INVESTIGATING", "CHARGED", "ON_TRIAL", "VERDICTS", "CLOSED"})
        void only_a_decided_case_is_closed(CaseStory.Stage stage) {
            CaseStory story = story().assign().at(stage);
            violates(story.id(), Rule.LIFECYCLE, () -> close(story, Insaf.TODAY));
        }

        @Test
        void not_before_its_decision() {
            CaseStory story = story().decided();
            violates(story.id(), Rule.BUSINESS_DATE, () -> close(story, SENTENCED.minusDays(1)));
        }
    }
}
