package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.PersonNotFound;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.RejectPersonCandidateUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One recruiter named in three FIRs, two of AHTC Lahore and one of AHTC Karachi, spelled three ways
 * (issue 18 items 1-3): candidates with score and reasons, nothing of Karachi's case shown to Lahore,
 * links confirmed, rejected and undone with their audit entries, and no case changed by any of it.
 */
class PersonsAcrossCasesTest {

    Insaf app;
    CaseStory first;
    CaseId second;
    CaseId karachi;
    final PersonId secondRecruiter = PersonId.random();
    final PersonId karachiRecruiter = PersonId.random();

    @BeforeEach
    void threeCases() {
        app = new Insaf();
        first = CaseStory.register(app).assign().withPeople();
        second = caseWith(Actors.LEAD, Actors.LAHORE, "FIR 40/2017",
                Trafficker.person(secondRecruiter, "Rasheed Khaan", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
        karachi = caseWith(Actors.OUTSIDER, Actors.KARACHI, "FIR 7/2017",
                Trafficker.person(karachiRecruiter, "Mohd. Rashid Khan", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
        particulars(Actors.LEAD, first.id(), first.recruiter, "Rashid Khan", "Gul Khan", "Gujrat", "0300-1234567");
        particulars(Actors.LEAD, second, secondRecruiter, "Rasheed Khaan", "Gul Khan", "Gujrat", null);
        particulars(Actors.OUTSIDER, karachi, karachiRecruiter, "Mohd. Rashid Khan", null, null, "+92 300 1234567");
    }

    CaseId caseWith(Actor investigator, String office, String fir, Trafficker accused) {
        CaseId id = app.investigation.registerCase(CaseStory.registration(investigator, fir, office)).id();
        app.investigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                CaseStory.INVESTIGATING));
        app.investigation.addAccused(new AddAccusedUseCase.Command(investigator, id, Optional.empty(), accused,
                Optional.empty()));
        return id;
    }

    void particulars(Actor actor, CaseId caseId, PersonId person, String name, String father, String district, String phone) {
        app.persons.recordParticulars(new RecordPersonParticularsUseCase.Command(actor, caseId, person,
                new PersonParticulars(List.of(name), father, null, null,
                        phone == null ? Set.of() : Set.of(PhoneNumber.of(phone)), district)));
    }

    PersonCandidates candidates(Actor actor, CaseId caseId, PersonId person) {
        return app.persons.candidates(new FindPersonCandidatesQuery.Query(actor, caseId, person));
    }

    @Nested
    class Candidates {

        @Test
        void an_investigator_sees_the_candidate_of_their_office_with_score_and_reasons_and_only_a_count_of_others() {
            PersonCandidates found = candidates(Actors.LEAD, first.id(), first.recruiter);
            assertThat(found.candidates()).singleElement().satisfies(c -> {
                assertThat(c.person()).isEqualTo(secondRecruiter);
                assertThat(c.score()).isEqualTo(85);
                assertThat(c.reasons()).containsExactly(MatchReason.SAME_NAME, MatchReason.SAME_FATHER_NAME,
                        MatchReason.SAME_DISTRICT);
                assertThat(c.names()).containsExactly("Rasheed Khaan");
                assertThat(c.cases()).containsExactly(second);
            });
            assertThat(found.matchesInOtherOffices()).isEqualTo(1);
            assertThat(found.howToAskForAccess()).hasValueSatisfying(how -> assertThat(how).contains("Ask an admin")
                    .doesNotContain(karachi.toString(), karachiRecruiter.toString(), "Rashid", "Mohd"));
        }

        @Test
        void the_other_office_sees_the_lahore_candidates_only_counted() {
            PersonCandidates found = candidates(Actors.OUTSIDER, karachi, karachiRecruiter);
            assertThat(found.candidates()).isEmpty();
            // Lahore's first recruiter shares the phone; the second only a close name (no father, no district here).
            assertThat(found.matchesInOtherOffices()).isEqualTo(1);
            assertThat(found.toString()).doesNotContain(first.recruiter.toString(), first.id().toString(), "Gul");
        }

        @Test
        void an_admin_sees_every_candidate() {
            PersonCandidates found = candidates(Actors.ADMIN, first.id(), first.recruiter);
            assertThat(found.candidates()).extracting(PersonCandidates.Candidate::person)
                    .containsExactlyInAnyOrder(secondRecruiter, karachiRecruiter);
            assertThat(found.candidates()).filteredOn(c -> c.person().equals(karachiRecruiter)).singleElement()
                    .satisfies(c -> assertThat(c.reasons()).contains(MatchReason.SAME_PHONE));
            assertThat(found.matchesInOtherOffices()).isZero();
            assertThat(found.howToAskForAccess()).isEmpty();
        }

        @Test
        void people_who_may_not_see_the_case_get_not_found_and_the_refusal_is_audited() {
            for (Actor actor : List.of(Actors.OUTSIDER, Actors.OTHER_PROSECUTOR, Actors.OTHER_JUDGE, Actors.ANALYST,
                    Actors.AUDITOR, Actors.NO_ROLES)) {
                assertThatThrownBy(() -> candidates(actor, first.id(), first.recruiter)).as(actor.userId())
                        .isInstanceOf(CaseNotFound.class);
            }
            assertThat(app.audit.entriesOf(first.id())).filteredOn(e -> e.action() == AuditAction.READ_CASE_REFUSED)
                    .hasSize(6);
        }

        @Test
        void the_prosecutor_and_judge_of_the_case_are_refused_the_persons_of_other_cases() {
            for (Actor actor : List.of(Actors.PROSECUTOR, Actors.JUDGE)) {
                assertThatThrownBy(() -> candidates(actor, first.id(), first.recruiter)).as(actor.userId())
                        .isInstanceOf(AccessRefused.class);
            }
        }

        @Test
        void a_person_who_is_not_an_accused_of_the_case_is_not_found() {
            assertThatThrownBy(() -> candidates(Actors.LEAD, first.id(), secondRecruiter)).isInstanceOf(PersonNotFound.class);
            assertThatThrownBy(() -> candidates(Actors.LEAD, first.id(), first.childId())).isInstanceOf(PersonNotFound.class);
        }

        @Test
        void each_look_is_audited_with_how_many_were_hidden() {
            candidates(Actors.LEAD, first.id(), first.recruiter);
            assertThat(app.audit.entriesOf(first.id())).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.READ_PERSON_CANDIDATES);
                assertThat(e.actorId()).isEqualTo(Actors.LEAD.userId());
                assertThat(e.detail()).contains("1 candidate(s) shown, 1 in cases not open to the caller");
            });
        }
    }

    @Nested
    class Links {

        ConfirmPersonLinkUseCase.Command confirm(Actor actor, PersonId candidate) {
            return new ConfirmPersonLinkUseCase.Command(actor, first.id(), first.recruiter, candidate,
                    "same father, same village; the victim of FIR 40 names him");
        }

        @Test
        void a_confirmed_link_joins_the_records_and_separation_restores_both_without_changing_any_case() {
            var before = List.of(app.stored(first.id()), app.stored(second), app.stored(karachi));
            var secondBefore = app.personRegister.load(secondRecruiter).orElseThrow().particulars();

            var joined = app.persons.confirmLink(confirm(Actors.LEAD, secondRecruiter));
            assertThat(joined.id()).isEqualTo(first.recruiter);
            assertThat(joined.joinedTo()).contains(secondRecruiter);
            AuditEntry linked = app.audit.entriesOf(first.id()).get(app.audit.entriesOf(first.id()).size() - 1);
            assertThat(linked.action()).isEqualTo(AuditAction.CONFIRM_PERSON_LINK);
            assertThat(linked.actorId()).isEqualTo(Actors.LEAD.userId());
            assertThat(linked.detail()).contains(first.recruiter.toString(), secondRecruiter.toString(), "same father");

            // The person is now one: candidates are those of both records, neither record itself.
            assertThat(candidates(Actors.ADMIN, second, secondRecruiter).candidates())
                    .extracting(PersonCandidates.Candidate::person).containsExactly(karachiRecruiter);

            var separated = app.persons.separate(new SeparatePersonUseCase.Command(Actors.LEAD, first.id(),
                    first.recruiter, "the victim's statement was about his brother"));
            assertThat(separated.joinedTo()).isEmpty();
            assertThat(app.personRegister.load(secondRecruiter).orElseThrow().particulars()).isEqualTo(secondBefore);
            assertThat(app.audit.entriesOf(first.id())).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.SEPARATE_PERSON);
                assertThat(e.detail()).contains("his brother");
            });
            assertThat(List.of(app.stored(first.id()), app.stored(second), app.stored(karachi))).isEqualTo(before);
        }

        @Test
        void a_candidate_in_a_case_the_investigator_may_not_see_cannot_be_confirmed_or_rejected() {
            int entries = app.audit.all().size();
            assertThatThrownBy(() -> app.persons.confirmLink(confirm(Actors.LEAD, karachiRecruiter)))
                    .isInstanceOf(PersonNotFound.class);
            assertThatThrownBy(() -> app.persons.rejectCandidate(new RejectPersonCandidateUseCase.Command(Actors.LEAD,
                    first.id(), first.recruiter, karachiRecruiter, "no"))).isInstanceOf(PersonNotFound.class);
            assertThat(app.personRegister.load(first.recruiter).orElseThrow().joinedTo()).isEmpty();
            assertThat(app.audit.all()).hasSize(entries);
        }

        @Test
        void only_investigators_of_the_case_link_reject_or_separate() {
            for (Actor actor : List.of(Actors.PROSECUTOR, Actors.JUDGE, Actors.ADMIN)) {
                assertThatThrownBy(() -> app.persons.confirmLink(confirm(actor, secondRecruiter))).as(actor.userId())
                        .isInstanceOf(AccessRefused.class);
            }
            assertThatThrownBy(() -> app.persons.confirmLink(confirm(Actors.OUTSIDER, secondRecruiter)))
                    .isInstanceOf(CaseNotFound.class);
            assertThat(app.personRegister.load(first.recruiter).orElseThrow().joinedTo()).isEmpty();
        }

        @Test
        void a_rejected_candidate_is_not_proposed_again_and_the_rejection_is_audited() {
            app.persons.rejectCandidate(new RejectPersonCandidateUseCase.Command(Actors.LEAD, first.id(),
                    first.recruiter, secondRecruiter, "different man: his father is Gul Khan of another village"));
            assertThat(candidates(Actors.LEAD, first.id(), first.recruiter).candidates()).isEmpty();
            assertThat(candidates(Actors.LEAD, second, secondRecruiter).candidates()).isEmpty();
            assertThat(app.audit.entriesOf(first.id())).filteredOn(e -> e.action() == AuditAction.REJECT_PERSON_CANDIDATE)
                    .singleElement().satisfies(e -> assertThat(e.detail()).contains("another village"));
        }

        @Test
        void a_link_twice_or_an_unlinked_separation_is_refused_by_the_domain() {
            app.persons.confirmLink(confirm(Actors.LEAD, secondRecruiter));
            assertThatThrownBy(() -> app.persons.confirmLink(confirm(Actors.LEAD, secondRecruiter)))
                    .isInstanceOf(InvariantViolation.class).extracting(e -> ((InvariantViolation) e).rule())
                    .isEqualTo(Rule.PERSON_LINK);
            assertThatThrownBy(() -> app.persons.separate(new SeparatePersonUseCase.Command(Actors.LEAD, second,
                    secondRecruiter, "x"))).isInstanceOf(InvariantViolation.class)
                    .extracting(e -> ((InvariantViolation) e).rule()).isEqualTo(Rule.PERSON_UNLINK);
        }

        @Test
        void particulars_with_another_cnic_are_refused_and_change_nothing() {
            app.persons.recordParticulars(new RecordPersonParticularsUseCase.Command(Actors.LEAD, first.id(),
                    first.recruiter, new PersonParticulars(List.of("Rashid Khan"), null, "35202-7654321-3", null, Set.of(), null)));
            var before = app.personRegister.load(first.recruiter).orElseThrow().particulars();
            assertThatThrownBy(() -> app.persons.recordParticulars(new RecordPersonParticularsUseCase.Command(Actors.LEAD,
                    first.id(), first.recruiter, new PersonParticulars(List.of("R. Khan"), null, "35202-7654321-9", null,
                    Set.of(), null)))).isInstanceOf(InvariantViolation.class);
            assertThat(app.personRegister.load(first.recruiter).orElseThrow().particulars()).isEqualTo(before);
        }
    }
}
