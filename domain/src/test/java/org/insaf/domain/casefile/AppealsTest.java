package org.insaf.domain.casefile;

import org.insaf.domain.casefile.Appeal.Admission;
import org.insaf.domain.casefile.Appeal.AppealAgainst;
import org.insaf.domain.casefile.Appeal.AppellateSentence;
import org.insaf.domain.casefile.Appeal.Appellant;
import org.insaf.domain.casefile.Appeal.Decision;
import org.insaf.domain.casefile.Appeal.Filing;
import org.insaf.domain.casefile.Appeal.AppellateForum;
import org.insaf.domain.casefile.Appeal.AppealKind;
import org.insaf.domain.casefile.Appeal.AppealOutcome;
import org.insaf.domain.casefile.event.AppealAdmissionOrdered;
import org.insaf.domain.casefile.event.AppealDecided;
import org.insaf.domain.casefile.event.AppealFiled;
import org.insaf.domain.casefile.event.CustodyChanged;
import org.insaf.domain.casefile.event.SentenceSuspended;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.TODAY;
import static org.insaf.domain.casefile.CaseFixture.TRIAL;
import static org.insaf.domain.casefile.ChargingTest.assertRefusedUnchanged;

/** Item 6 of issue 17: appeals and revisions (ss.410, 417, 421, 423, 426, 435-439 CrPC; Article 185). */
class AppealsTest {

    static final LocalDate VERDICT = LocalDate.of(2018, 1, 5);
    static final LocalDate FILED = VERDICT.plusDays(30);
    static final LocalDate ADMITTED = FILED.plusDays(10);
    static final LocalDate DECIDED = LocalDate.of(2019, 3, 1);
    static final String GROUNDS = "the evidence of the recovery was not proved";

    /** The kiln owner tried on one charge under PPC 369A (5 to 7 years): convicted and sentenced to 7 years, or acquitted. */
    static final class Tried {
        final CaseFixture f = new CaseFixture().charged();
        final Case c = f.theCase;

        Tried(VerdictOutcome outcome) {
            c.openTrial(TRIAL, TODAY);
            c.recordVerdict(f.offenceId, outcome, VERDICT, TODAY);
            if (outcome == VerdictOutcome.CONVICTED) {
                c.recordSentence(f.offenceId, Sentence.imprisonment(VERDICT, Period.ofYears(7)), CATALOGUE, TODAY);
                c.makeSentencingOrder(new SentencingOrder(f.accusedId, VERDICT,
                        List.of(new ChargeDirection(f.offenceId, 1, org.insaf.domain.sentencing.ImprisonmentDescription.RIGOROUS, null)), 100, List.of()), CATALOGUE, TODAY);
            }
            c.decide(VERDICT, TODAY);
        }

        static Tried convicted() {
            return new Tried(VerdictOutcome.CONVICTED);
        }

        static Tried acquitted() {
            return new Tried(VerdictOutcome.ACQUITTED);
        }

        Filing filing(Appellant by, AppealAgainst against, AppellateForum forum, LocalDate on) {
            return new Filing(AppealId.random(), f.accusedId, AppealKind.APPEAL, by, against, forum, on, GROUNDS);
        }

        /** Files and admits an appeal, returning its id. */
        AppealId admitted(Appellant by, AppealAgainst against, AppellateForum forum, LocalDate on) {
            Filing filing = filing(by, against, forum, on);
            c.fileAppeal(filing, TODAY);
            c.orderAdmission(filing.id(), new Admission(true, on, null), TODAY);
            return filing.id();
        }

        Decision decision(AppealOutcome outcome, LocalDate on, Sentence... sentences) {
            return new Decision(outcome, on, java.util.Arrays.stream(sentences)
                    .map(s -> new AppellateSentence(f.offenceId, s)).toList());
        }

        Offence effective() {
            return c.effectiveCharges(f.accusedId).get(0);
        }
    }

    @Nested
    class AnAppealLiesAgainstAJudgment {

        @Test
        void an_appeal_filed_before_the_verdict_is_refused() {
            CaseFixture f = new CaseFixture().charged();
            f.theCase.openTrial(TRIAL, TODAY);
            Filing filing = new Filing(AppealId.random(), f.accusedId, AppealKind.APPEAL, Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.HIGH_COURT, TRIAL.plusDays(1), GROUNDS);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.fileAppeal(filing, TODAY), Rule.APPEAL_AFTER_JUDGMENT,
                    "an appeal lies against a judgment: Kiln owner has not been judged on every charge (ss.410, 417 CrPC)");
        }

        @Test
        void dated_before_the_judgment_it_is_refused_and_on_its_day_it_is_filed() {
            Tried t = Tried.convicted();
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.HIGH_COURT, VERDICT.minusDays(1)), TODAY), Rule.APPEAL_AFTER_JUDGMENT,
                    "the appeal of 2018-01-04 is before the judgment it appeals against, of 2018-01-05");
            Filing onTheDay = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, VERDICT);
            t.c.fileAppeal(onTheDay, TODAY);
            Appeal filed = t.c.appeal(onTheDay.id()).orElseThrow();
            assertThat(filed.judgmentOn()).isEqualTo(VERDICT);
            assertThat(filed.isPending()).isTrue();
            assertThat(t.c.pendingEvents()).last().isEqualTo(new AppealFiled(t.c.id(), filed));
            assertThat(t.c.status()).as("an appeal pending leaves the case DECIDED").isEqualTo(CaseStatus.DECIDED);
        }

        @Test
        void not_for_a_stranger_not_twice_and_not_in_a_closed_case() {
            Tried t = Tried.convicted();
            Filing stranger = new Filing(AppealId.random(), PersonId.random(), AppealKind.APPEAL, Appellant.CONVICT,
                    AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED, GROUNDS);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(stranger, TODAY), Rule.PARTIES_OF_THE_CASE, "no accused");
            Filing filing = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.fileAppeal(filing, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(filing, TODAY), Rule.PARTIES_OF_THE_CASE,
                    "is already recorded");
            Tried closed = Tried.convicted();
            closed.c.close(VERDICT.plusDays(1), TODAY);
            assertRefusedUnchanged(closed.c, () -> closed.c.fileAppeal(closed.filing(Appellant.CONVICT,
                    AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.LIFECYCLE, "it is CLOSED");
        }

        @Test
        void a_case_is_not_closed_while_an_appeal_is_pending() {
            Tried t = Tried.convicted();
            t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED), TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.close(FILED, TODAY), Rule.LIFECYCLE,
                    "an appeal of Kiln owner filed on 2018-02-04 is pending");
        }

        @Test
        void its_date_does_not_run_backwards_nor_into_the_future() {
            Tried t = Tried.convicted();
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.HIGH_COURT, TODAY.plusDays(1)), TODAY), Rule.BUSINESS_DATE, "in the future");
        }
    }

    @Nested
    class WhoAppealsAgainstWhat {

        @Test
        void a_convict_appeals_against_conviction_or_sentence_never_against_an_acquittal() {
            Tried acquitted = Tried.acquitted();
            assertRefusedUnchanged(acquitted.c, () -> acquitted.c.fileAppeal(acquitted.filing(Appellant.CONVICT,
                    AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.APPEAL_RIGHT,
                    "a convict appeals against conviction or sentence (s.410 CrPC), not against ACQUITTAL");
            assertRefusedUnchanged(acquitted.c, () -> acquitted.c.fileAppeal(acquitted.filing(Appellant.CONVICT,
                    AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.APPEAL_RIGHT,
                    "Kiln owner is not convicted: only a person convicted appeals (s.410 CrPC)");
            Tried convicted = Tried.convicted();
            convicted.c.fileAppeal(convicted.filing(Appellant.CONVICT, AppealAgainst.SENTENCE, AppellateForum.HIGH_COURT, FILED), TODAY);
        }

        @Test
        void the_state_appeals_against_an_acquittal_or_for_enhancement_never_against_a_conviction() {
            Tried convicted = Tried.convicted();
            assertRefusedUnchanged(convicted.c, () -> convicted.c.fileAppeal(convicted.filing(Appellant.STATE,
                    AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.APPEAL_RIGHT,
                    "the State appeals against an acquittal or for enhancement of the sentence (s.417 CrPC), not against CONVICTION");
            assertRefusedUnchanged(convicted.c, () -> convicted.c.fileAppeal(convicted.filing(Appellant.STATE,
                    AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.APPEAL_RIGHT,
                    "Kiln owner was not acquitted of any charge");
            convicted.c.fileAppeal(convicted.filing(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT,
                    FILED), TODAY);
            Tried acquitted = Tried.acquitted();
            assertRefusedUnchanged(acquitted.c, () -> acquitted.c.fileAppeal(acquitted.filing(Appellant.STATE,
                    AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT, FILED), TODAY), Rule.APPEAL_RIGHT,
                    "there is no sentence to enhance");
            acquitted.c.fileAppeal(acquitted.filing(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, FILED), TODAY);
        }
    }

    @Nested
    class HighCourtThenSupremeCourt {

        @Test
        void the_supreme_court_only_after_the_high_court_decided() {
            Tried t = Tried.convicted();
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.SUPREME_COURT, FILED), TODAY), Rule.APPELLATE_FORUM,
                    "the High Court has not decided an appeal of this accused");
            AppealId high = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.SUPREME_COURT, ADMITTED), TODAY), Rule.APPELLATE_FORUM, "has not decided");
            t.c.decideAppeal(high, t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED), CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.SUPREME_COURT, DECIDED.minusDays(1)), TODAY), Rule.APPEAL_AFTER_JUDGMENT,
                    "is before the judgment it appeals against, of 2019-03-01");
            Filing supreme = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.SUPREME_COURT, DECIDED);
            t.c.fileAppeal(supreme, TODAY);
            assertThat(t.c.appeal(supreme.id()).orElseThrow().judgmentOn()).isEqualTo(DECIDED);
        }

        @Test
        void once_the_high_court_decided_a_further_appeal_lies_to_the_supreme_court_and_its_decision_is_final() {
            Tried t = Tried.convicted();
            Filing high = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.fileAppeal(high, TODAY);
            t.c.orderAdmission(high.id(), new Admission(false, ADMITTED, "no ground to interfere"), TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.SENTENCE,
                    AppellateForum.HIGH_COURT, ADMITTED), TODAY), Rule.APPELLATE_FORUM,
                    "a further appeal lies to the Supreme Court");
            AppealId supreme = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.SUPREME_COURT, ADMITTED);
            t.c.decideAppeal(supreme, t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED), CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.SUPREME_COURT, DECIDED), TODAY), Rule.APPELLATE_FORUM, "its decision is final");
        }

        @Test
        void a_revision_lies_to_the_high_court_only() {
            Tried t = Tried.convicted();
            Filing revision = new Filing(AppealId.random(), t.f.accusedId, AppealKind.REVISION, Appellant.CONVICT,
                    AppealAgainst.SENTENCE, AppellateForum.SUPREME_COURT, DECIDED, GROUNDS);
            AppealId high = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.decideAppeal(high, t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED), CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(revision, TODAY), Rule.APPELLATE_FORUM,
                    "criminal revision lies to the High Court (ss.435-439 CrPC)");
        }

        @Test
        void one_pending_appeal_per_accused_court_and_appellant_so_a_cross_appeal_of_the_State_is_heard_with_the_convicts() {
            Tried t = Tried.convicted();
            t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED), TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.SENTENCE,
                    AppellateForum.HIGH_COURT, FILED), TODAY), Rule.ONE_PENDING_APPEAL,
                    "an appeal of Kiln owner filed on 2018-02-04 is pending before the High Court");
            Filing enhancement = t.filing(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT,
                    FILED.plusDays(5));
            t.c.fileAppeal(enhancement, TODAY);
            assertThat(t.c.appeals()).hasSize(2).allMatch(Appeal::isPending);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE,
                    AppellateForum.HIGH_COURT, FILED.plusDays(6)), TODAY), Rule.ONE_PENDING_APPEAL,
                    "the State's appeal filed on 2018-02-09 is pending before the High Court");
        }

        @Test
        void cross_appeals_are_decided_in_the_order_filed_and_the_supreme_court_waits_for_both() {
            Tried t = Tried.convicted();
            AppealId convicts = t.admitted(Appellant.CONVICT, AppealAgainst.SENTENCE, AppellateForum.HIGH_COURT, FILED);
            AppealId states = t.admitted(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT,
                    FILED.plusDays(5));
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(states, t.decision(AppealOutcome.SENTENCE_ENHANCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7)).withFine(org.insaf.domain.shared.Rupees.of(500_000))),
                    CATALOGUE, TODAY), Rule.APPEAL_DECISION,
                    "the appeal filed on 2018-02-04 by the convict is pending: it is decided first");
            t.c.decideAppeal(convicts, t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED), CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.SUPREME_COURT, DECIDED.plusDays(1)), TODAY), Rule.ONE_PENDING_APPEAL,
                    "is still pending before the High Court");
            // One judgment disposes of both on the same day: the State's appeal after the convict's.
            t.c.decideAppeal(states, t.decision(AppealOutcome.SENTENCE_ENHANCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7)).withFine(org.insaf.domain.shared.Rupees.of(500_000))),
                    CATALOGUE, TODAY);
            assertThat(t.effective().sentencePassed().orElseThrow().fineAmount()).isPresent();
            t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.SUPREME_COURT,
                    DECIDED.plusDays(1)), TODAY);
        }
    }

    @Nested
    class AdmissionAndDecision {

        @Test
        void only_an_admitted_appeal_is_decided_once_on_or_after_its_admission() {
            Tried t = Tried.convicted();
            Filing filing = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.fileAppeal(filing, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(filing.id(), t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED),
                    CATALOGUE, TODAY), Rule.APPEAL_DECISION, "only an admitted appeal is decided; this one is not admitted yet");
            assertRefusedUnchanged(t.c, () -> t.c.orderAdmission(filing.id(), new Admission(true, FILED.minusDays(1), null),
                    TODAY), Rule.APPEAL_DECISION, "is before the appeal was filed, on 2018-02-04");
            t.c.orderAdmission(filing.id(), new Admission(true, ADMITTED, null), TODAY);
            assertThat(t.c.pendingEvents()).last().isEqualTo(new AppealAdmissionOrdered(t.c.id(), filing.id(),
                    new Admission(true, ADMITTED, null)));
            assertRefusedUnchanged(t.c, () -> t.c.orderAdmission(filing.id(), new Admission(true, ADMITTED, null), TODAY),
                    Rule.APPEAL_DECISION, "the appeal was already admitted on 2018-02-14");
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(filing.id(), t.decision(AppealOutcome.APPEAL_DISMISSED,
                    ADMITTED.minusDays(1)), CATALOGUE, TODAY), Rule.APPEAL_DECISION, "before the appeal was admitted");
            t.c.decideAppeal(filing.id(), t.decision(AppealOutcome.APPEAL_DISMISSED, ADMITTED), CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(filing.id(), t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED),
                    CATALOGUE, TODAY), Rule.APPEAL_DECISION, "the appeal was already decided (APPEAL_DISMISSED on 2018-02-14)");
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(AppealId.random(), t.decision(AppealOutcome.APPEAL_DISMISSED,
                    DECIDED), CATALOGUE, TODAY), Rule.PARTIES_OF_THE_CASE, "no appeal");
        }

        @Test
        void a_dismissal_in_limine_gives_its_reason_and_ends_the_appeal() {
            assertThatThrownBy(() -> new Admission(false, ADMITTED, " ")).isInstanceOfSatisfying(
                    InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("APPEAL_DISMISSAL_REASON"));
            Tried t = Tried.convicted();
            Filing filing = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.fileAppeal(filing, TODAY);
            t.c.orderAdmission(filing.id(), new Admission(false, ADMITTED, "no arguable ground"), TODAY);
            Appeal dismissed = t.c.appeal(filing.id()).orElseThrow();
            assertThat(dismissed.isPending()).isFalse();
            assertThat(dismissed.isDismissedInLimine()).isTrue();
            assertThat(dismissed.finalOn()).contains(ADMITTED);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(filing.id(), t.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED),
                    CATALOGUE, TODAY), Rule.APPEAL_DECISION, "dismissed in limine");
            t.c.close(DECIDED, TODAY);
        }

        @Test
        void the_outcome_is_one_that_what_was_appealed_against_allows() {
            Tried t = Tried.convicted();
            AppealId sentence = t.admitted(Appellant.CONVICT, AppealAgainst.SENTENCE, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(sentence, t.decision(AppealOutcome.ACQUITTED_ON_APPEAL, DECIDED),
                    CATALOGUE, TODAY), Rule.APPEAL_DECISION,
                    "an appeal against SENTENCE is decided as one of [APPEAL_DISMISSED, SENTENCE_REDUCED], not ACQUITTED_ON_APPEAL");
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(sentence, t.decision(AppealOutcome.SENTENCE_ENHANCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7).plusDays(1))), CATALOGUE, TODAY), Rule.APPEAL_DECISION,
                    "not SENTENCE_ENHANCED");
        }

        @Test
        void a_decision_passes_sentences_exactly_when_its_outcome_does() {
            assertThatThrownBy(() -> new Decision(AppealOutcome.SENTENCE_REDUCED, DECIDED, List.of()))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("APPEAL_SENTENCES"));
            assertThatThrownBy(() -> new Decision(AppealOutcome.APPEAL_DISMISSED, DECIDED, List.of(new AppellateSentence(
                    org.insaf.domain.offence.OffenceId.random(), Sentence.imprisonment(DECIDED, Period.ofYears(5))))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("APPEAL_SENTENCES"));
            assertThatThrownBy(() -> new Decision(AppealOutcome.SENTENCE_REDUCED, DECIDED, List.of(new AppellateSentence(
                    org.insaf.domain.offence.OffenceId.random(), Sentence.imprisonment(DECIDED.minusDays(1), Period.ofYears(5))))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("APPEAL_SENTENCES"));
        }
    }

    @Nested
    class TheLatestFinalDecisionIsWhatCounts {

        @Test
        void a_sentence_reduced_is_lighter_within_the_law_and_the_effective_term_follows_it() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_REDUCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7))), CATALOGUE, TODAY), Rule.APPEAL_DECISION,
                    "a reduced sentence is lighter than the one in force on the charge under PPC-369A (7 years)");
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_REDUCED, DECIDED,
                    Sentence.fineOnly(DECIDED, org.insaf.domain.shared.Rupees.of(499_999))), CATALOGUE, TODAY),
                    Rule.SENTENCE_WITHIN_LAW, "");
            assertThat(t.c.effectiveTerm(t.f.accusedId).orElseThrow().releaseDate())
                    .contains(VERDICT.plusYears(7).minusDays(100));
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_REDUCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(5))), CATALOGUE, TODAY);
            assertThat(t.effective().sentencePassed().orElseThrow().termOfImprisonment()).contains(Period.ofYears(5));
            assertThat(t.c.offences().get(0).sentencePassed().orElseThrow().termOfImprisonment())
                    .as("the trial court's sentence stays as it was given").contains(Period.ofYears(7));
            assertThat(t.c.effectiveTerm(t.f.accusedId).orElseThrow().releaseDate())
                    .as("served from the trial court's sentence, less the custody credited")
                    .contains(VERDICT.plusYears(5).minusDays(100));
            assertThat(t.c.pendingEvents()).last().isInstanceOf(AppealDecided.class);
        }

        @Test
        void a_sentence_enhanced_on_the_states_appeal_is_heavier() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_ENHANCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7))), CATALOGUE, TODAY), Rule.APPEAL_DECISION,
                    "an enhanced sentence is heavier");
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_ENHANCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7)).withFine(org.insaf.domain.shared.Rupees.of(500_000))),
                    CATALOGUE, TODAY);
            assertThat(t.effective().sentencePassed().orElseThrow().fineAmount()).isPresent();
        }

        @Test
        void a_conviction_set_aside_on_appeal_acquits_and_releases_the_accused() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.suspendSentence(appeal, ADMITTED, TODAY);
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.ACQUITTED_ON_APPEAL, DECIDED), CATALOGUE, TODAY);
            assertThat(t.c.appeal(appeal).orElseThrow().convictionsSetAside()).as("for the figures")
                    .containsExactly(t.f.offenceId);
            assertThat(t.effective().verdict().outcome()).isEqualTo(VerdictOutcome.ACQUITTED);
            assertThat(t.effective().verdict().date()).isEqualTo(DECIDED);
            assertThat(t.effective().sentencePassed()).isEmpty();
            assertThat(t.c.effectiveTerm(t.f.accusedId)).isEmpty();
            assertThat(t.c.custodyOf(t.f.accusedId)).isEqualTo(CustodyChange.of(t.f.accusedId, CustodyStatus.NOT_ARRESTED,
                    DECIDED));
            // The State takes the acquittal to the Supreme Court, which restores the conviction.
            AppealId supreme = t.admitted(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.SUPREME_COURT, DECIDED.plusDays(20));
            LocalDate restored = DECIDED.plusYears(1);
            t.c.decideAppeal(supreme, t.decision(AppealOutcome.CONVICTED_ON_APPEAL, restored,
                    Sentence.imprisonment(restored, Period.ofYears(6))), CATALOGUE, TODAY);
            assertThat(t.effective().isConvicted()).isTrue();
            assertThat(t.c.appeal(supreme).orElseThrow().convictionsSetAside()).isEmpty();
            assertThat(t.c.effectiveTerm(t.f.accusedId).orElseThrow().releaseDate()).contains(restored.plusYears(6));
        }

        @Test
        void a_retrial_of_an_acquitted_accused_sets_no_conviction_aside_and_a_dismissal_none_either() {
            Tried acquitted = Tried.acquitted();
            AppealId states = acquitted.admitted(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, FILED);
            acquitted.c.decideAppeal(states, acquitted.decision(AppealOutcome.RETRIAL_ORDERED, DECIDED), CATALOGUE, TODAY);
            assertThat(acquitted.c.appeal(states).orElseThrow().convictionsSetAside()).isEmpty();
            Tried convicted = Tried.convicted();
            AppealId convicts = convicted.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            convicted.c.decideAppeal(convicts, convicted.decision(AppealOutcome.APPEAL_DISMISSED, DECIDED), CATALOGUE, TODAY);
            Appeal dismissed = convicted.c.appeal(convicts).orElseThrow();
            assertThat(dismissed.convictionsSetAside()).isEmpty();
            assertThatThrownBy(() -> new Appeal(dismissed.id(), dismissed.accused(), dismissed.kind(), dismissed.appellant(),
                    dismissed.against(), dismissed.forum(), dismissed.filedOn(), dismissed.judgmentOn(), dismissed.grounds(),
                    dismissed.admission(), dismissed.decision(), null, List.of(convicted.f.offenceId)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("only an acquittal on appeal or a retrial");
        }

        @Test
        void an_acquittal_reversed_on_appeal_convicts_with_a_sentence_within_the_law() {
            Tried t = Tried.acquitted();
            AppealId appeal = t.admitted(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.decideAppeal(appeal, t.decision(AppealOutcome.CONVICTED_ON_APPEAL, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7).plusDays(1))), CATALOGUE, TODAY),
                    Rule.SENTENCE_WITHIN_LAW, "");
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.CONVICTED_ON_APPEAL, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(7))), CATALOGUE, TODAY);
            assertThat(t.effective().verdict().outcome()).isEqualTo(VerdictOutcome.CONVICTED);
            assertThat(t.c.offences().get(0).verdict().outcome()).isEqualTo(VerdictOutcome.ACQUITTED);
            assertThat(t.c.effectiveTerm(t.f.accusedId).orElseThrow().releaseDate()).contains(DECIDED.plusYears(7));
        }

        @Test
        void a_retrial_puts_the_accused_back_to_trial() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.RETRIAL_ORDERED, DECIDED), CATALOGUE, TODAY);
            assertThat(t.c.status()).isEqualTo(CaseStatus.ON_TRIAL);
            assertThat(t.c.enteredOn(CaseStatus.ON_TRIAL)).contains(DECIDED);
            assertThat(t.c.offences()).singleElement().satisfies(o -> assertThat(o.isDecided()).isFalse());
            assertThat(t.c.sentencingOrder(t.f.accusedId)).isEmpty();
            assertThat(t.c.appeal(appeal).orElseThrow().decision().outcome()).isEqualTo(AppealOutcome.RETRIAL_ORDERED);
            assertThat(t.c.appeal(appeal).orElseThrow().convictionsSetAside()).as("kept though the verdict is cleared")
                    .containsExactly(t.f.offenceId);
            t.c.arrest(t.f.accusedId, DECIDED, TODAY); // their custody follows the trial court again
            assertRefusedUnchanged(t.c, () -> t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION,
                    AppellateForum.HIGH_COURT, DECIDED), TODAY), Rule.APPEAL_AFTER_JUDGMENT, "has not been judged");
            LocalDate retried = DECIDED.plusMonths(6);
            t.c.recordVerdict(t.f.offenceId, VerdictOutcome.ACQUITTED, retried, TODAY);
            t.c.decide(retried, TODAY);
            assertThat(t.c.status()).isEqualTo(CaseStatus.DECIDED);
            t.c.fileAppeal(t.filing(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, retried), TODAY);
        }
    }

    @Nested
    class SuspensionOfSentence {

        @Test
        void pending_the_convicts_appeal_the_sentence_is_suspended_and_bail_ends_with_the_appeal() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.CONVICT, AppealAgainst.SENTENCE, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.suspendSentence(appeal, FILED.minusDays(1), TODAY),
                    Rule.SUSPENSION_OF_SENTENCE, "not before it was filed");
            t.c.suspendSentence(appeal, ADMITTED, TODAY);
            assertThat(t.c.custodyOf(t.f.accusedId)).isEqualTo(CustodyChange.of(t.f.accusedId, CustodyStatus.ON_BAIL, ADMITTED));
            assertThat(t.c.pendingEvents()).endsWith(new SentenceSuspended(t.c.id(), appeal, ADMITTED),
                    new CustodyChanged(t.c.id(), CustodyChange.of(t.f.accusedId, CustodyStatus.ON_BAIL, ADMITTED)));
            assertRefusedUnchanged(t.c, () -> t.c.suspendSentence(appeal, ADMITTED, TODAY), Rule.SUSPENSION_OF_SENTENCE,
                    "was already suspended on 2018-02-14");
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_REDUCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(6))), CATALOGUE, TODAY);
            assertThat(t.c.custodyHistory(t.f.accusedId)).extracting(CustodyChange::status).containsExactly(
                    CustodyStatus.NOT_ARRESTED, CustodyStatus.ON_BAIL, CustodyStatus.IN_CUSTODY);
            assertRefusedUnchanged(t.c, () -> t.c.suspendSentence(appeal, DECIDED, TODAY), Rule.SUSPENSION_OF_SENTENCE,
                    "no longer pending");
        }

        @Test
        void not_on_the_states_appeal_and_not_for_a_convict_at_large() {
            Tried t = Tried.convicted();
            AppealId state = t.admitted(Appellant.STATE, AppealAgainst.INADEQUATE_SENTENCE, AppellateForum.HIGH_COURT, FILED);
            assertRefusedUnchanged(t.c, () -> t.c.suspendSentence(state, ADMITTED, TODAY), Rule.SUSPENSION_OF_SENTENCE,
                    "not the State's");
            CaseFixture f = new CaseFixture().charged();
            f.theCase.declareAbsconding(f.accusedId, LocalDate.of(2017, 5, 1), TODAY);
            assertThat(new AppealPolicy().maySuspendSentence("X", Appeal.Filing.class.cast(
                    new Filing(AppealId.random(), f.accusedId, AppealKind.APPEAL, Appellant.CONVICT, AppealAgainst.CONVICTION,
                            AppellateForum.HIGH_COURT, FILED, GROUNDS)).against(VERDICT), CustodyStatus.ABSCONDING))
                    .isEqualTo(org.insaf.domain.shared.PolicyDecision.refuse(Rule.CUSTODY_STATUS,
                            "X is ABSCONDING: a convict at large is not released on bail pending appeal"));
        }
    }

    @Nested
    class Limitation {

        @Test
        void a_late_appeal_is_filed_and_shows_it_was_out_of_time() {
            Tried t = Tried.convicted();
            Filing inTime = t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, VERDICT.plusDays(60));
            Appeal a = inTime.against(VERDICT);
            assertThat(a.limitationEndsOn()).contains(VERDICT.plusDays(60));
            assertThat(a.filedOutOfTime()).isFalse();
            assertThat(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, VERDICT.plusDays(61))
                    .against(VERDICT).filedOutOfTime()).isTrue();
            assertThat(t.filing(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, VERDICT.plusDays(180))
                    .against(VERDICT).filedOutOfTime()).isFalse();
            assertThat(t.filing(Appellant.STATE, AppealAgainst.ACQUITTAL, AppellateForum.HIGH_COURT, VERDICT.plusDays(181))
                    .against(VERDICT).filedOutOfTime()).isTrue();
            assertThat(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.SUPREME_COURT, VERDICT.plusDays(31))
                    .against(VERDICT).filedOutOfTime()).isTrue();
            Appeal revision = new Filing(AppealId.random(), t.f.accusedId, AppealKind.REVISION, Appellant.CONVICT,
                    AppealAgainst.SENTENCE, AppellateForum.HIGH_COURT, VERDICT.plusYears(2), GROUNDS).against(VERDICT);
            assertThat(revision.limitationEndsOn()).isEmpty();
            assertThat(revision.filedOutOfTime()).isFalse();
            t.c.fileAppeal(t.filing(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, VERDICT.plusDays(61)), TODAY);
        }
    }

    @Nested
    class Stored {

        @Test
        void a_case_with_appeals_is_rebuilt_from_its_snapshot_as_it_was() {
            Tried t = Tried.convicted();
            AppealId appeal = t.admitted(Appellant.CONVICT, AppealAgainst.CONVICTION, AppellateForum.HIGH_COURT, FILED);
            t.c.suspendSentence(appeal, ADMITTED, TODAY);
            t.c.decideAppeal(appeal, t.decision(AppealOutcome.SENTENCE_REDUCED, DECIDED,
                    Sentence.imprisonment(DECIDED, Period.ofYears(5))), CATALOGUE, TODAY);
            Case rebuilt = Case.reconstitute(t.c.snapshot());
            assertThat(rebuilt.snapshot()).isEqualTo(t.c.snapshot());
            assertThat(rebuilt.appeals()).isEqualTo(t.c.appeals());
            assertThat(rebuilt.effectiveTerm(t.f.accusedId)).isEqualTo(t.c.effectiveTerm(t.f.accusedId));
            assertThat(rebuilt.latestDate()).isEqualTo(DECIDED);
        }
    }
}
