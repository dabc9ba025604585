package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.VictimView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** What investigators do with a case: start and close the investigation, record victims, accused and facts. */
class InvestigationTest extends UseCaseTest {

    private CaseView start(CaseStory story, LocalDate on) {
        return app.investigation.startInvestigation(new StartInvestigationUseCase.Command(Actors.LEAD, story.id(),
                Optional.empty(), on));
    }

    @Nested
    class StartInvestigation {

        @Test
        void moves_a_registered_case_under_investigation_on_that_day() {
            CaseStory story = story();
            AuditEntry entry = audited(story.id(), () -> start(story, INVESTIGATING));

            CaseView view = app.seenBy(Actors.LEAD, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
            assertThat(view.statusDates()).containsEntry(CaseStatus.UNDER_INVESTIGATION, INVESTIGATING);
            assertThat(view.version()).isEqualTo(2);
            assertThat(entry.action()).isEqualTo(AuditAction.START_INVESTIGATION);
            assertThat(entry.statusBefore()).contains(CaseStatus.REGISTERED);
            assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);
        }

        @Test
        void a_colleague_of_the_office_may_start_it() {
            CaseStory story = story();
            CaseView view = app.investigation.startInvestigation(new StartInvestigationUseCase.Command(
                    Actors.COLLEAGUE, story.id(), Optional.empty(), INVESTIGATING));
            assertThat(view.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
            assertThat(lastAuditOf(story.id()).actorId()).isEqualTo(Actors.COLLEAGUE.userId());
        }

        @Test
        void an_investigator_of_another_office_may_act_once_made_lead_of_the_case() {
            CaseStory story = story();
            app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, story.id(), Optional.empty(),
                    Optional.of(Actors.OUTSIDER.userId()), Optional.empty(), Optional.empty(), Optional.empty()));

            CaseView view = app.investigation.startInvestigation(new StartInvestigationUseCase.Command(
                    Actors.OUTSIDER, story.id(), Optional.empty(), INVESTIGATING));
            assertThat(view.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        }

        @Test
        void cannot_start_twice() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.LIFECYCLE, () -> start(story, INVESTIGATING.plusDays(1)));
        }

        @Test
        void cannot_start_before_the_case_was_registered_nor_in_the_future() {
            CaseStory story = story();
            violates(story.id(), Rule.BUSINESS_DATE, () -> start(story, REGISTERED.minusDays(1)));
            violates(story.id(), Rule.BUSINESS_DATE, () -> start(story, Insaf.TODAY.plusDays(1)));
        }

        @Test
        void may_start_on_the_day_of_registration() {
            CaseStory story = story();
            assertThat(start(story, REGISTERED).status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        }

        @Test
        void a_closed_investigation_is_final() {
            CaseStory story = story().investigating();
            app.investigation.closeInvestigation(new CloseInvestigationUseCase.Command(Actors.LEAD, story.id(),
                    Optional.empty(), "complainant withdrew", CHARGED));
            violates(story.id(), Rule.LIFECYCLE, () -> start(story, Insaf.TODAY));
        }
    }

    @Nested
    class AddVictim {

        private CaseView add(CaseStory story, VictimIdentity identity) {
            return app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    identity, childDetails()));
        }

        @Test
        void records_the_victim_under_a_pseudonym_of_the_registration_year_and_keeps_the_identity_apart() {
            CaseStory story = story().investigating();
            AuditEntry entry = audited(story.id(), () -> add(story, CHILD_IDENTITY));

            CaseView view = app.seenBy(Actors.LEAD, story.id());
            VictimView victim = view.victims().get(0);
            assertThat(victim.pseudonym()).isEqualTo(new Pseudonym("V-2017-000001"));
            assertThat(victim.gender()).isEqualTo(childDetails().gender());
            assertThat(victim.age()).isEqualTo(childDetails().age());
            assertThat(victim.exploitation()).isEqualTo(childDetails().exploitation());
            assertThat(victim.protection()).isEqualTo(childDetails().protection());
            assertThat(app.load(story.id()).victim(victim.id()).orElseThrow().identity())
                    .as("a loaded case carries no identity").isEmpty();
            assertThat(app.cases.read(story.id(), java.util.Set.of(victim.id()))).containsEntry(victim.id(), CHILD_IDENTITY);
            assertThat(view.toString()).doesNotContain("Amina").doesNotContain("Kasur").doesNotContain("0300");

            assertThat(entry.action()).isEqualTo(AuditAction.ADD_VICTIM);
            assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.detail()).doesNotContain("Amina");
        }

        @Test
        void pseudonyms_never_repeat_within_a_year_across_cases() {
            CaseStory one = story();
            CaseStory two = CaseStory.register(app, "FIR 13/2017");
            add(one, CHILD_IDENTITY);
            add(two, new VictimIdentity("Second", null, null, null));
            add(one, new VictimIdentity("Third", null, null, null));

            assertThat(app.load(one.id()).victims()).extracting(v -> v.pseudonym().value())
                    .containsExactly("V-2017-000001", "V-2017-000003");
            assertThat(app.load(two.id()).victims()).extracting(v -> v.pseudonym().value())
                    .containsExactly("V-2017-000002");
        }

        @Test
        void may_be_recorded_while_the_case_is_only_registered() {
            CaseStory story = story();
            assertThat(add(story, CHILD_IDENTITY).victims()).hasSize(1);
        }

        @Test
        void no_victim_is_added_once_the_charge_sheet_is_filed() {
            CaseStory story = story().charged();
            violates(story.id(), Rule.LIFECYCLE, () -> add(story, new VictimIdentity("Late", null, null, null)));
        }

        @Test
        void needs_an_identity_and_details() {
            CaseStory story = story();
            assertThatThrownBy(() -> new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(), null,
                    childDetails())).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    CHILD_IDENTITY, null)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new VictimIdentity("Name", "not-a-cnic", null, null))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class AddAccused {

        private CaseView accuse(CaseStory story, Trafficker accused, String justification) {
            return app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    accused, Optional.ofNullable(justification)));
        }

        @Test
        void adds_an_accused_without_justification() {
            CaseStory story = story().investigating();
            AuditEntry entry = audited(story.id(), () -> accuse(story, story.recruiterPerson(), null));

            assertThat(app.load(story.id()).accused()).singleElement().satisfies(a -> {
                assertThat(a.trafficker()).isEqualTo(story.recruiterPerson());
                assertThat(a.justification()).isEmpty();
            });
            assertThat(entry.action()).isEqualTo(AuditAction.ADD_ACCUSED);
            assertThat(entry.detail()).isEmpty();
        }

        @Test
        void a_victim_of_the_case_is_not_accused_without_a_justification() {
            CaseStory story = story().withPeople();
            Trafficker theChild = Trafficker.person(story.childId(), "Amina Bibi", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN);
            violates(story.id(), Rule.VICTIM_NOT_ACCUSED, () -> accuse(story, theChild, null));
        }

        @ParameterizedTest(name = "justification \"{0}\"")
        @ValueSource(strings = {"", "   "})
        void a_blank_justification_is_no_justification(String blank) {
            CaseStory story = story().withPeople();
            Trafficker theChild = Trafficker.person(story.childId(), "Amina Bibi", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN);
            violates(story.id(), Rule.VICTIM_NOT_ACCUSED, () -> accuse(story, theChild, blank));
        }

        @Test
        void a_victim_recognised_by_cnic_under_another_id_is_a_victim_too() {
            CaseStory story = story().investigating();
            app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    new VictimIdentity("Bilal", "35202-1111111-1", null, null), childDetails()));
            Trafficker sameCnic = Trafficker.person(PersonId.random(), "Bilal", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN).withCnic("35202-1111111-1");
            violates(story.id(), Rule.VICTIM_NOT_ACCUSED, () -> accuse(story, sameCnic, null));
        }

        @Test
        void a_victim_is_accused_with_a_justification_which_is_recorded_and_audited() {
            CaseStory story = story().withPeople();
            Trafficker theChild = Trafficker.person(story.childId(), "Amina Bibi", Set.of(TraffickerRole.RECRUITER),
                    CountryCode.PAKISTAN);
            AuditEntry entry = audited(story.id(), () -> accuse(story, theChild,
                    "  recruited other girls after turning 18, not under compulsion  "));

            Accused accused = app.load(story.id()).accusedPerson(story.childId()).orElseThrow();
            assertThat(accused.justification()).contains("recruited other girls after turning 18, not under compulsion");
            assertThat(entry.detail()).contains("non-punishment justification").doesNotContain("Amina");
        }

        @Test
        void the_same_person_is_accused_once() {
            CaseStory story = story().withPeople();
            violates(story.id(), Rule.PARTIES_OF_THE_CASE, () -> accuse(story, story.recruiterPerson(), null));
        }

        @Test
        void no_accused_is_added_once_the_case_is_decided() {
            CaseStory story = story().decided();
            Trafficker late = Trafficker.person(PersonId.random(), "Late", Set.of(TraffickerRole.HARBOURER), null);
            violates(story.id(), Rule.LIFECYCLE, () -> accuse(story, late, null));
        }

        @Test
        void needs_the_accused() {
            CaseStory story = story();
            assertThatThrownBy(() -> new AddAccusedUseCase.Command(Actors.LEAD, story.id(), Optional.empty(), null,
                    Optional.empty())).isInstanceOf(InvalidCommand.class);
        }
    }

    @Nested
    class RecordFacts {

        private CaseView record(CaseStory story, OffenceFacts facts) {
            return app.investigation.recordFacts(new RecordFactsUseCase.Command(Actors.LEAD, story.id(),
                    Optional.empty(), facts));
        }

        @Test
        void records_the_facts_with_the_case_and_replaces_them_when_recorded_again() {
            CaseStory story = story().withPeople();
            AuditEntry entry = audited(story.id(), () -> record(story, gulfRoute(OFFENCE)));
            assertThat(app.load(story.id()).recordedFacts()).contains(gulfRoute(OFFENCE));
            assertThat(entry.action()).isEqualTo(AuditAction.RECORD_FACTS);
            assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);

            OffenceFacts corrected = new OffenceFacts(gulfRoute(OFFENCE).acts(), gulfRoute(OFFENCE).means(),
                    gulfRoute(OFFENCE).purposes(), Route.of("PK", "IR", "OM"), OFFENCE, Set.of());
            CaseView view = record(story, corrected);
            assertThat(view.recordedFacts()).contains(corrected);
            assertThat(app.load(story.id()).recordedFacts()).contains(corrected);
        }

        @Test
        void may_be_recorded_while_the_case_is_only_registered() {
            CaseStory story = story();
            assertThat(record(story, gulfRoute(OFFENCE)).recordedFacts()).isPresent();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStory.Stage.class, names = {"CHARGED", "ON_TRIAL", "DECIDED", "CLOSED"})
        void are_not_rewritten_once_the_case_is_charged(CaseStory.Stage stage) {
            CaseStory story = story().at(stage);
            violates(story.id(), Rule.LIFECYCLE, () -> record(story, gulfRoute(OFFENCE.plusDays(1))));
        }

        @Test
        void are_not_recorded_for_a_dropped_investigation() {
            CaseStory story = story().investigating();
            app.investigation.closeInvestigation(new CloseInvestigationUseCase.Command(Actors.LEAD, story.id(),
                    Optional.empty(), "no evidence", CHARGED));
            violates(story.id(), Rule.LIFECYCLE, () -> record(story, gulfRoute(OFFENCE)));
        }
    }

    @Nested
    class CloseInvestigation {

        private CaseView close(CaseStory story, String reason, LocalDate on) {
            return app.investigation.closeInvestigation(new CloseInvestigationUseCase.Command(Actors.LEAD,
                    story.id(), Optional.empty(), reason, on));
        }

        @Test
        void drops_the_case_with_the_reason() {
            CaseStory story = story().withPeople();
            AuditEntry entry = audited(story.id(), () -> close(story, "  victim traced, no exploitation found ", CHARGED));

            CaseView view = app.seenBy(Actors.LEAD, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.INVESTIGATION_CLOSED);
            assertThat(view.investigationClosedReason()).contains("victim traced, no exploitation found");
            assertThat(view.statusDates()).containsEntry(CaseStatus.INVESTIGATION_CLOSED, CHARGED);
            assertThat(entry.action()).isEqualTo(AuditAction.CLOSE_INVESTIGATION);
            assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.statusAfter()).contains(CaseStatus.INVESTIGATION_CLOSED);
        }

        @Test
        void a_case_not_yet_under_investigation_cannot_be_dropped() {
            CaseStory story = story();
            violates(story.id(), Rule.LIFECYCLE, () -> close(story, "no evidence", CHARGED));
        }

        @Test
        void a_charged_case_cannot_be_dropped_as_an_investigation() {
            CaseStory story = story().charged();
            violates(story.id(), Rule.LIFECYCLE, () -> close(story, "no evidence", Insaf.TODAY));
        }

        @Test
        void cannot_be_dropped_before_the_investigation_started() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.BUSINESS_DATE, () -> close(story, "no evidence", INVESTIGATING.minusDays(1)));
        }

        @ParameterizedTest(name = "reason \"{0}\"")
        @ValueSource(strings = {"", "  "})
        void needs_a_reason(String reason) {
            CaseStory story = story().investigating();
            assertThatThrownBy(() -> new CloseInvestigationUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    reason, CHARGED)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new CloseInvestigationUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    null, CHARGED)).isInstanceOf(InvalidCommand.class);
        }
    }
}
