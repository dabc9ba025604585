package org.insaf.domain.casefile;

import org.insaf.domain.casefile.event.AccusedAdded;
import org.insaf.domain.casefile.event.CaseAssigned;
import org.insaf.domain.casefile.event.FactsRecorded;
import org.insaf.domain.casefile.event.CaseClosed;
import org.insaf.domain.casefile.event.CaseDecided;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.HearingRecorded;
import org.insaf.domain.casefile.event.InvestigationClosed;
import org.insaf.domain.casefile.event.InvestigationStarted;
import org.insaf.domain.casefile.event.SentencePassed;
import org.insaf.domain.casefile.event.StatusEntered;
import org.insaf.domain.casefile.event.TrialOpened;
import org.insaf.domain.casefile.event.VerdictGiven;
import org.insaf.domain.casefile.event.VictimAdded;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatutoryCondition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.CHARGED;
import static org.insaf.domain.casefile.CaseFixture.INVESTIGATING;
import static org.insaf.domain.casefile.CaseFixture.PSMA_3;
import static org.insaf.domain.casefile.CaseFixture.REGISTERED_ON;
import static org.insaf.domain.casefile.CaseFixture.TODAY;
import static org.insaf.domain.casefile.CaseFixture.TRIAL;
import static org.insaf.domain.casefile.ChargingTest.assertRefusedUnchanged;

/**
 * Each step of the case records what happened as events, in order, carrying what a writer needs;
 * a refused step records none; saved events are no longer pending.
 */
class CaseEventsTest {

    private static final LocalDate VERDICT = LocalDate.of(2018, 3, 1);

    /** The events recorded since the fixture was built, so each test sees only its own step's. */
    private static List<CaseEvent> after(CaseFixture f, Runnable step) {
        f.theCase.eventsSaved();
        step.run();
        return f.theCase.pendingEvents();
    }

    @Nested
    class Registering_an_FIR {

        @Test
        void records_FirRegistered_with_everything_the_case_row_needs() {
            CaseId id = CaseId.random();
            Case c = Case.register(id, new FirNumber("FIR 7/2017"), new FiaCircle("AHTC Lahore"), REGISTERED_ON,
                    Set.of(StatuteCode.of("PPC-369A"), StatuteCode.of("PACHTO-3")), List.of("EO-18", "EO-18", "EO-22"),
                    TODAY);
            assertThat(c.pendingEvents()).containsExactly(new FirRegistered(id, REGISTERED_ON, new FirNumber("FIR 7/2017"),
                    InvestigatingOffice.of(new FiaCircle("AHTC Lahore")), Set.of(StatuteCode.of("PACHTO-3"), StatuteCode.of("PPC-369A")),
                    List.of("EO-18", "EO-22")));
            FirRegistered registered = (FirRegistered) c.pendingEvents().get(0);
            assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
            assertThat(registered.firSections()).containsExactly(StatuteCode.of("PACHTO-3"), StatuteCode.of("PPC-369A"));
        }

        @Test
        void a_refused_registration_makes_no_case_and_so_no_event() {
            assertThatThrownBy(() -> Case.register(CaseId.random(), new FirNumber("FIR 7/2017"),
                    new FiaCircle("AHTC Lahore"), TODAY.plusDays(1), Set.of(StatuteCode.of("PPC-369A")), List.of(), TODAY))
                    .isInstanceOf(org.insaf.domain.shared.InvariantViolation.class);
        }

        @Test
        void a_stored_case_has_nothing_pending() {
            Case stored = Case.reconstitute(new CaseFixture().onTrial().theCase.snapshot());
            assertThat(stored.pendingEvents()).isEmpty();
        }
    }

    @Nested
    class People {

        @Test
        void adding_a_victim_records_VictimAdded_with_the_victim_on_the_cases_latest_date() {
            CaseFixture f = new CaseFixture().investigating();
            PersonId girl = PersonId.random();
            List<CaseEvent> events = after(f, () -> f.theCase.addVictim(girl,
                    new VictimIdentity("Name withheld", null, null, null),
                    VictimFixture.details(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2004, 1, 1))), 200));
            assertThat(events).singleElement().isInstanceOfSatisfying(VictimAdded.class, e -> {
                assertThat(e.caseId()).isEqualTo(f.theCase.id());
                assertThat(e.on()).isEqualTo(INVESTIGATING);
                assertThat(e.victim()).isEqualTo(f.theCase.victim(girl).orElseThrow());
                assertThat(e.victim().pseudonym().toString()).isEqualTo("V-2017-000200");
                assertThat(e.victim().identity()).contains(new VictimIdentity("Name withheld", null, null, null));
            });
        }

        @Test
        void adding_an_accused_records_AccusedAdded_with_the_day_and_the_justification() {
            CaseFixture f = new CaseFixture().withParties();
            Trafficker victimToo = Trafficker.person(f.victimId, "Also a victim", Set.of(TraffickerRole.TRANSPORTER),
                    CountryCode.PAKISTAN);
            LocalDate day = LocalDate.of(2017, 2, 1);
            List<CaseEvent> events = after(f, () -> f.theCase.addAccused(victimToo, "recruited others for profit",
                    day, TODAY));
            assertThat(events).containsExactly(new AccusedAdded(f.theCase.id(),
                    new Accused(victimToo, "recruited others for profit", day)));
            assertThat(events.get(0).on()).isEqualTo(day);
        }

        @Test
        void an_accused_added_without_a_date_is_recorded_on_the_cases_latest_date() {
            CaseFixture f = new CaseFixture().investigating();
            Trafficker someone = Trafficker.person(PersonId.random(), "Sub-agent", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN);
            assertThat(after(f, () -> f.theCase.addAccused(someone, null, f.theCase.latestDate(), f.theCase.latestDate()))).singleElement()
                    .isInstanceOfSatisfying(AccusedAdded.class, e -> {
                        assertThat(e.on()).isEqualTo(INVESTIGATING);
                        assertThat(e.accused().justification()).isEmpty();
                    });
        }

        @Test
        void refused_additions_record_nothing() {
            CaseFixture f = new CaseFixture().withParties();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(Trafficker.person(f.victimId, "Victim",
                    Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN), null, f.theCase.latestDate(), f.theCase.latestDate()), Rule.VICTIM_NOT_ACCUSED, "justification");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addVictim(f.victimId,
                    new VictimIdentity("A", null, null, null), VictimFixture.details(Gender.FEMALE, null), 124),
                    Rule.PARTIES_OF_THE_CASE, "already recorded");
            assertThat(f.theCase.pendingEvents()).extracting(e -> (Class) e.getClass())
                    .containsExactly(FirRegistered.class, VictimAdded.class, AccusedAdded.class);
        }
    }

    @Nested
    class Investigation_and_desks {

        private final OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(), Set.of(Purpose.FORCED_LABOUR),
                Route.withinPakistan(), LocalDate.of(2016, 11, 20), Set.of());

        @Test
        void recording_facts_records_FactsRecorded_on_the_day_and_the_case_holds_them() {
            CaseFixture f = new CaseFixture().investigating();
            List<CaseEvent> events = after(f, () -> f.theCase.recordFacts(facts, TODAY));
            assertThat(events).containsExactly(new FactsRecorded(f.theCase.id(), TODAY, facts));
            assertThat(f.theCase.recordedFacts()).contains(facts);
        }

        @Test
        void facts_are_refused_once_the_investigation_is_over_and_record_nothing() {
            CaseFixture f = new CaseFixture().charged();
            f.theCase.eventsSaved();
            assertThatThrownBy(() -> f.theCase.recordFacts(facts, TODAY)).isInstanceOfSatisfying(
                    org.insaf.domain.shared.InvariantViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.LIFECYCLE));
            OffenceFacts future = new OffenceFacts(facts.acts(), facts.means(), facts.purposes(), facts.route(),
                    TODAY.plusDays(1), Set.of());
            CaseFixture investigating = new CaseFixture().investigating();
            investigating.theCase.eventsSaved();
            assertThatThrownBy(() -> investigating.theCase.recordFacts(future, TODAY))
                    .isInstanceOf(RuntimeException.class);
            assertThat(f.theCase.pendingEvents()).isEmpty();
            assertThat(investigating.theCase.pendingEvents()).isEmpty();
            assertThat(investigating.theCase.recordedFacts()).isEmpty();
        }

        @Test
        void assigning_records_CaseAssigned_with_the_whole_assignment() {
            CaseFixture f = new CaseFixture().investigating();
            CaseAssignment desks = new CaseAssignment(java.util.Optional.of("inv-1"), java.util.Optional.of("pros-1"),
                    java.util.Optional.of("Sessions Court Lahore"), java.util.Optional.of("judge-1"));
            List<CaseEvent> events = after(f, () -> f.theCase.assign(desks, TODAY));
            assertThat(events).containsExactly(new CaseAssigned(f.theCase.id(), TODAY, desks));
            assertThat(f.theCase.assignment()).isEqualTo(desks);
            assertThatThrownBy(() -> f.theCase.assign(null, TODAY)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void the_assignment_and_the_facts_survive_a_snapshot() {
            CaseFixture f = new CaseFixture().investigating();
            f.theCase.recordFacts(facts, TODAY);
            f.theCase.assign(CaseAssignment.leadInvestigator("inv-9"), TODAY);
            Case again = Case.reconstitute(f.theCase.snapshot());
            assertThat(again.assignment()).isEqualTo(CaseAssignment.leadInvestigator("inv-9"));
            assertThat(again.recordedFacts()).contains(facts);
            assertThat(again.pendingEvents()).isEmpty();
        }
    }

    @Nested
    class Identities {

        @Test
        void a_stored_case_without_its_victims_identities_refuses_to_compare_an_accused_CNIC_rather_than_guess() {
            CaseFixture f = new CaseFixture().withParties();
            Case loaded = withoutIdentities(f.theCase);
            Trafficker withCnic = Trafficker.person(PersonId.random(), "Some One", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN).withCnic("35202-1111111-1");
            assertThatThrownBy(() -> loaded.addAccused(withCnic, null, loaded.latestDate(), loaded.latestDate())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("identities must be read");
            assertThat(loaded.pendingEvents()).isEmpty();
            assertThat(loaded.accused()).hasSameSizeAs(f.theCase.accused());
        }

        @Test
        void identities_read_for_the_check_let_the_non_punishment_rule_see_a_victim_by_CNIC() {
            CaseFixture f = new CaseFixture().investigating();
            PersonId girl = PersonId.random();
            VictimIdentity identity = new VictimIdentity("Name withheld", "35202-2222222-2", null, null);
            f.theCase.addVictim(girl, identity,
                    VictimFixture.details(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2000, 1, 1))), 300);
            Case loaded = withoutIdentities(f.theCase);
            Trafficker sameCnic = Trafficker.person(PersonId.random(), "Same Person", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN).withCnic("35202-2222222-2");
            loaded.identitiesRead(java.util.Map.of(girl, identity,
                    f.victimId, new VictimIdentity("Name withheld", "35202-1234567-1", null, null)));
            assertThatThrownBy(() -> loaded.addAccused(sameCnic, null, loaded.latestDate(), loaded.latestDate())).isInstanceOfSatisfying(
                    org.insaf.domain.shared.InvariantViolation.class,
                    e -> assertThat(e.rule()).isEqualTo(Rule.VICTIM_NOT_ACCUSED));
            assertThat(loaded.pendingEvents()).as("reading identities records nothing").isEmpty();
        }

        @Test
        void an_accused_without_a_CNIC_needs_no_identity() {
            CaseFixture f = new CaseFixture().withParties();
            Case loaded = withoutIdentities(f.theCase);
            Trafficker noCnic = Trafficker.person(PersonId.random(), "No Card", Set.of(TraffickerRole.TRANSPORTER),
                    CountryCode.PAKISTAN);
            loaded.addAccused(noCnic, null, loaded.latestDate(), loaded.latestDate());
            assertThat(loaded.pendingEvents()).singleElement().isInstanceOf(AccusedAdded.class);
        }

        private Case withoutIdentities(Case c) {
            return Case.reconstitute(StoredSnapshots.asStored(c.snapshot(), c.version()));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void starting_the_investigation_records_InvestigationStarted() {
            CaseFixture f = new CaseFixture().withParties();
            assertThat(after(f, () -> f.theCase.startInvestigation(INVESTIGATING, TODAY)))
                    .containsExactly(new InvestigationStarted(f.theCase.id(), INVESTIGATING));
        }

        @Test
        void closing_the_investigation_records_InvestigationClosed_with_the_reason() {
            CaseFixture f = new CaseFixture().investigating();
            LocalDate closed = LocalDate.of(2017, 2, 1);
            assertThat(after(f, () -> f.theCase.closeInvestigation("  no evidence  ", closed, TODAY)))
                    .containsExactly(new InvestigationClosed(f.theCase.id(), closed, "no evidence"));
        }

        @Test
        void filing_the_charge_sheet_records_ChargeSheetFiled_with_the_offences_charged() {
            CaseFixture f = new CaseFixture().investigating();
            List<CaseEvent> events = after(f, () -> f.theCase.fileChargeSheet(List.of(f.validCharge()), CATALOGUE,
                    CHARGED, TODAY));
            assertThat(events).containsExactly(new ChargeSheetFiled(f.theCase.id(), CHARGED, f.theCase.offences(),
                    List.of()));
            ChargeSheetFiled filed = (ChargeSheetFiled) events.get(0);
            assertThat(filed.offences()).singleElement().satisfies(o -> {
                assertThat(o.id()).isEqualTo(f.offenceId);
                assertThat(o.accused()).isEqualTo(f.accusedId);
                assertThat(o.victims()).containsExactly(f.victimId);
            });
        }

        @Test
        void a_charge_sheet_that_raises_a_mischarging_warning_carries_it() {
            CaseFixture f = new CaseFixture().investigating();
            OffenceFacts smuggledToBeExploited = new OffenceFacts(Set.of(Act.PROCURING_ILLEGAL_ENTRY), Set.of(),
                    Set.of(Purpose.FORCED_LABOUR), Route.of("PK", "IR", "TR"), LocalDate.of(2019, 3, 1),
                    Set.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT));
            LocalDate filedOn = LocalDate.of(2019, 6, 1);
            List<CaseEvent> events = after(f, () -> f.theCase.fileChargeSheet(
                    List.of(f.charge(PSMA_3, smuggledToBeExploited)), CATALOGUE, filedOn, TODAY));
            assertThat(events).singleElement().isInstanceOfSatisfying(ChargeSheetFiled.class, e -> {
                assertThat(e.on()).isEqualTo(filedOn);
                assertThat(e.warnings()).isEqualTo(f.theCase.warnings()).singleElement()
                        .extracting(CaseWarning::rule).isEqualTo(Rule.TRAFFICKING_NOT_SMUGGLING);
            });
        }

        @Test
        void the_trial_the_decision_and_the_closing_record_their_own_events_in_order() {
            CaseFixture f = new CaseFixture().charged();
            LocalDate decided = LocalDate.of(2018, 4, 1);
            LocalDate closed = LocalDate.of(2018, 5, 1);
            List<CaseEvent> events = after(f, () -> {
                f.theCase.openTrial(TRIAL, TODAY);
                f.theCase.recordVerdict(f.offenceId, VerdictOutcome.ACQUITTED, VERDICT, TODAY);
                f.theCase.decide(decided, TODAY);
                f.theCase.close(closed, TODAY);
            });
            CaseId id = f.theCase.id();
            assertThat(events).containsExactly(new TrialOpened(id, TRIAL),
                    new VerdictGiven(id, f.offenceId, new Verdict(VerdictOutcome.ACQUITTED, VERDICT)),
                    new CaseDecided(id, decided), new CaseClosed(id, closed));
            assertThat(events).filteredOn(StatusEntered.class::isInstance).extracting(e -> ((StatusEntered) e).status())
                    .containsExactly(CaseStatus.ON_TRIAL, CaseStatus.DECIDED, CaseStatus.CLOSED);
        }

        @Test
        void refused_moves_record_nothing() {
            CaseFixture f = new CaseFixture().withParties();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.openTrial(TRIAL, TODAY), Rule.LIFECYCLE, "REGISTERED");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.decide(TRIAL, TODAY), Rule.LIFECYCLE, "REGISTERED");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.close(TRIAL, TODAY), Rule.LIFECYCLE, "REGISTERED");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(f.validCharge()), CATALOGUE,
                    CHARGED, TODAY), Rule.LIFECYCLE, "REGISTERED");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.startInvestigation(TODAY.plusDays(1), TODAY),
                    Rule.BUSINESS_DATE, "in the future");
            f.theCase.startInvestigation(INVESTIGATING, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.closeInvestigation("no evidence",
                    INVESTIGATING.minusDays(1), TODAY), Rule.BUSINESS_DATE, "is before");
            assertThatThrownBy(() -> f.theCase.closeInvestigation(" ", INVESTIGATING, TODAY))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(f.theCase.pendingEvents()).extracting(e -> (Class) e.getClass()).containsExactly(
                    FirRegistered.class, VictimAdded.class, AccusedAdded.class, InvestigationStarted.class);
        }
    }

    @Nested
    class Proceedings {

        @Test
        void recording_a_hearing_records_HearingRecorded_on_its_date() {
            CaseFixture f = new CaseFixture().onTrial();
            Hearing hearing = new Hearing(LocalDate.of(2017, 7, 1), "Sessions Court Lahore", "charge framed",
                    LocalDate.of(2017, 8, 1));
            List<CaseEvent> events = after(f, () -> f.theCase.recordHearing(hearing, TODAY));
            assertThat(events).containsExactly(new HearingRecorded(f.theCase.id(), hearing));
            assertThat(events.get(0).on()).isEqualTo(hearing.date());
        }

        @Test
        void a_verdict_records_VerdictGiven_with_the_charge_the_outcome_and_the_date() {
            CaseFixture f = new CaseFixture().onTrial();
            assertThat(after(f, () -> f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY)))
                    .containsExactly(new VerdictGiven(f.theCase.id(), f.offenceId, new Verdict(VerdictOutcome.CONVICTED, VERDICT)));
        }

        @Test
        void a_sentence_records_SentencePassed_with_the_charge_and_the_sentence_on_its_date() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
            Sentence sentence = Sentence.imprisonment(VERDICT.plusDays(10), Period.ofYears(6)).withFine(Rupees.of(600_000));
            List<CaseEvent> events = after(f, () -> f.theCase.recordSentence(f.offenceId, sentence, CATALOGUE, TODAY));
            assertThat(events).containsExactly(new SentencePassed(f.theCase.id(), f.offenceId, sentence));
            assertThat(events.get(0).on()).isEqualTo(VERDICT.plusDays(10));
        }

        @Test
        void refused_proceedings_record_nothing() {
            CaseFixture f = new CaseFixture().onTrial();
            f.theCase.eventsSaved();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.recordHearing(new Hearing(TRIAL.minusDays(1), "Court",
                    "adjourned", null), TODAY), Rule.BUSINESS_DATE, "is before");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.recordVerdict(OffenceId.random(), VerdictOutcome.CONVICTED,
                    VERDICT, TODAY), Rule.PARTIES_OF_THE_CASE, "no charge");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                    Sentence.imprisonment(VERDICT, Period.ofYears(6)), CATALOGUE, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                    "no verdict yet");
            f.theCase.recordVerdict(f.offenceId, VerdictOutcome.CONVICTED, VERDICT, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.recordSentence(f.offenceId,
                    Sentence.imprisonment(VERDICT, Period.ofYears(8)), CATALOGUE, TODAY), Rule.SENTENCE_WITHIN_LAW,
                    "above the maximum");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.decide(VERDICT, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                    "sentence");
            assertThat(f.theCase.pendingEvents()).extracting(e -> (Class) e.getClass())
                    .containsExactly(VerdictGiven.class);
        }
    }

    @Nested
    class Saving {

        @Test
        void events_stay_pending_in_order_until_saved_and_the_list_handed_out_is_a_copy() {
            CaseFixture f = new CaseFixture().charged();
            List<CaseEvent> pending = f.theCase.pendingEvents();
            assertThat(pending).extracting(e -> (Class) e.getClass()).containsExactly(FirRegistered.class,
                    VictimAdded.class, AccusedAdded.class, InvestigationStarted.class, ChargeSheetFiled.class);
            assertThat(pending).allSatisfy(e -> assertThat(e.caseId()).isEqualTo(f.theCase.id()));
            assertThatThrownBy(() -> pending.clear()).isInstanceOf(UnsupportedOperationException.class);

            f.theCase.eventsSaved();
            assertThat(f.theCase.pendingEvents()).isEmpty();
            assertThat(pending).hasSize(5);
            f.theCase.openTrial(TRIAL, TODAY);
            assertThat(f.theCase.pendingEvents()).containsExactly(new TrialOpened(f.theCase.id(), TRIAL));
        }

        @Test
        void an_event_is_refused_without_the_data_its_writer_needs() {
            CaseId id = CaseId.random();
            assertThatThrownBy(() -> new TrialOpened(id, null)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new TrialOpened(null, TRIAL)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new VerdictGiven(id, null, new Verdict(VerdictOutcome.CONVICTED, VERDICT)))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new InvestigationClosed(id, TRIAL, " ")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new HearingRecorded(id, null)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new ChargeSheetFiled(id, CHARGED, null, List.of()))
                    .isInstanceOf(InvalidValueException.class);
        }
    }
}
