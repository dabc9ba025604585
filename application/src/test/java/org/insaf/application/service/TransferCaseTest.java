package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.in.InputLimits;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Investigating offices of two agencies, and the transfer of a case between them (admins). */
class TransferCaseTest extends UseCaseTest {

    static final InvestigatingOffice KARACHI = InvestigatingOffice.of(new FiaCircle(Actors.KARACHI));
    static final InvestigatingOffice STATION = InvestigatingOffice.policeStation(Actors.CIVIL_LINES, Province.PUNJAB,
            "Lahore");
    static final LocalDate ORDERED = CaseStory.INVESTIGATING.plusDays(10);

    private CaseView transfer(Actor actor, CaseId id, InvestigatingOffice to, LocalDate on) {
        return app.transfers.transferCase(new TransferCaseUseCase.Command(actor, id, Optional.empty(), to,
                "the accused were arrested in Karachi", on));
    }

    private boolean sees(Actor actor, CaseId id) {
        boolean inPage = app.queries.findCases(new FindCasesQuery.Query(actor, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), 100)).cases().stream()
                .anyMatch(c -> c.id().equals(id.toString()));
        boolean inDetail;
        try {
            app.queries.getCase(actor, id);
            inDetail = true;
        } catch (CaseNotFound e) {
            inDetail = false;
        }
        assertThat(inPage).as("the page agrees with the detail for " + actor.userId()).isEqualTo(inDetail);
        return inDetail;
    }

    private CaseId policeCase(String fir) {
        return app.investigation.registerCase(new RegisterCaseUseCase.Command(Actors.STATION_INVESTIGATOR,
                new FirNumber(fir), STATION, CaseStory.REGISTERED, Set.of(StatuteCode.of("PPC-369A")), List.of())).id();
    }

    @Nested
    class A_transfer_by_an_admin {

        @Test
        void moves_the_case_to_the_new_office_and_is_audited() {
            CaseStory story = story().investigating();
            AuditEntry entry = audited(story.id(), () -> transfer(Actors.ADMIN, story.id(), KARACHI, ORDERED));

            CaseView after = app.seenBy(Actors.ADMIN, story.id());
            assertThat(after.office()).isEqualTo(KARACHI);
            assertThat(after.registeredAt()).isEqualTo(InvestigatingOffice.of(new FiaCircle(Actors.LAHORE)));
            assertThat(after.transfers()).singleElement().satisfies(t -> {
                assertThat(t.on()).isEqualTo(ORDERED);
                assertThat(t.reason()).isEqualTo("the accused were arrested in Karachi");
            });
            assertThat(entry.action()).isEqualTo(AuditAction.TRANSFER_CASE);
            assertThat(entry.actorId()).isEqualTo(Actors.ADMIN.userId());
            assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.detail()).isEqualTo("transferred from AHTC Lahore to AHTC Karachi");
            assertThat(entry.events()).contains("CaseTransferred").contains("to.code=AHTC\\sKarachi")
                    .doesNotContain("arrested");
        }

        @Test
        void ends_the_old_offices_access_and_starts_the_new_ones_on_pages_details_and_commands() {
            CaseStory story = story().investigating();
            assertThat(sees(Actors.LEAD, story.id())).isTrue();
            assertThat(sees(Actors.COLLEAGUE, story.id())).isTrue();
            assertThat(sees(Actors.OUTSIDER, story.id())).isFalse();

            transfer(Actors.ADMIN, story.id(), KARACHI, ORDERED);

            assertThat(sees(Actors.LEAD, story.id())).as("the old lead").isFalse();
            assertThat(sees(Actors.COLLEAGUE, story.id())).as("the old office").isFalse();
            assertThat(sees(Actors.OUTSIDER, story.id())).as("the new office").isTrue();
            refused(story.id(), CaseNotFound.class, () -> app.investigation.closeInvestigation(
                    new org.insaf.application.port.in.CloseInvestigationUseCase.Command(Actors.LEAD, story.id(),
                            Optional.empty(), "no evidence", ORDERED)));
            app.investigation.closeInvestigation(new org.insaf.application.port.in.CloseInvestigationUseCase.Command(
                    Actors.OUTSIDER, story.id(), Optional.empty(), "no evidence", ORDERED));
            assertThat(app.load(story.id()).status()).isEqualTo(CaseStatus.INVESTIGATION_CLOSED);
        }

        @Test
        void ends_the_old_leads_reading_of_victim_identities_until_a_new_lead_is_assigned() {
            CaseStory story = story().withPeople();
            Set<PersonId> child = Set.of(story.childId());
            assertThat(app.queries.readIdentities(new ReadVictimIdentityUseCase.Query(Actors.LEAD, story.id(), child)))
                    .containsKey(story.childId());

            transfer(Actors.ADMIN, story.id(), KARACHI, ORDERED);

            assertThat(app.load(story.id()).assignment().investigator()).isEmpty();
            assertThatThrownBy(() -> app.queries.readIdentities(
                    new ReadVictimIdentityUseCase.Query(Actors.LEAD, story.id(), child))).isInstanceOf(CaseNotFound.class);
            assertThatThrownBy(() -> app.queries.readIdentities(
                    new ReadVictimIdentityUseCase.Query(Actors.OUTSIDER, story.id(), child)))
                    .isInstanceOf(AccessRefused.class);

            app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, story.id(), Optional.empty(),
                    Optional.of(Actors.OUTSIDER.userId()), Optional.empty(), Optional.empty(), Optional.empty()));
            assertThat(app.queries.readIdentities(new ReadVictimIdentityUseCase.Query(Actors.OUTSIDER, story.id(), child)))
                    .containsEntry(story.childId(), CaseStory.CHILD_IDENTITY);
        }

        @Test
        void to_a_police_station_opens_the_case_to_that_station_only() {
            CaseId id = app.investigation.registerCase(new RegisterCaseUseCase.Command(Actors.LEAD,
                    new FirNumber("FIR 90/2017"), new FiaCircle(Actors.LAHORE), CaseStory.REGISTERED,
                    Set.of(StatuteCode.of("PPC-369A")))).id();
            transfer(Actors.ADMIN, id, STATION, ORDERED);

            assertThat(sees(Actors.STATION_INVESTIGATOR, id)).isTrue();
            assertThat(sees(Actors.COLLEAGUE, id)).isFalse();
            assertThat(sees(Actors.POLICE_OF_LAHORE_CODE, id)).isFalse();
            app.investigation.startInvestigation(new StartInvestigationUseCase.Command(Actors.STATION_INVESTIGATOR, id,
                    Optional.empty(), ORDERED));
            assertThat(app.load(id).status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
        }
    }

    @Nested
    class Refused {

        @Test
        void to_anyone_but_an_admin() {
            CaseStory story = story().investigating().assign();
            for (Actor actor : List.of(Actors.LEAD, Actors.COLLEAGUE, Actors.PROSECUTOR, Actors.JUDGE)) {
                AccessRefused refusal = refused(story.id(), AccessRefused.class,
                        () -> transfer(actor, story.id(), KARACHI, ORDERED));
                assertThat(refusal.getMessage()).isEqualTo("Only an admin may transfer a case to another office");
            }
            refused(story.id(), AccessRefused.class, () -> transfer(Actors.OUTSIDER, story.id(), KARACHI, ORDERED));
            refused(story.id(), AccessRefused.class, () -> transfer(Actors.ANALYST, story.id(), KARACHI, ORDERED));
        }

        @Test
        void to_the_same_office() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.TRANSFER_TO_ANOTHER_OFFICE, () -> transfer(Actors.ADMIN, story.id(),
                    InvestigatingOffice.of(new FiaCircle(Actors.LAHORE)), ORDERED));
        }

        @Test
        void to_the_police_for_an_offence_the_FIA_investigates() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.INVESTIGATING_AGENCY, () -> transfer(Actors.ADMIN, story.id(), STATION, ORDERED));
        }

        @Test
        void of_a_closed_case() {
            CaseStory story = story().closed();
            violates(story.id(), Rule.NO_TRANSFER_OF_CLOSED_CASE,
                    () -> transfer(Actors.ADMIN, story.id(), KARACHI, CaseStory.CLOSED));
        }

        @Test
        void dated_before_the_case_or_after_today() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.BUSINESS_DATE,
                    () -> transfer(Actors.ADMIN, story.id(), KARACHI, CaseStory.INVESTIGATING.minusDays(1)));
            violates(story.id(), Rule.BUSINESS_DATE,
                    () -> transfer(Actors.ADMIN, story.id(), KARACHI, Insaf.TODAY.plusDays(1)));
        }

        @Test
        void without_a_reason_or_an_office_as_a_bad_command() {
            CaseId id = story().id();
            assertThatThrownBy(() -> new TransferCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), KARACHI, " ",
                    ORDERED)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new TransferCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), null, "why",
                    ORDERED)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new TransferCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(),
                    InvestigatingOffice.policeStation("x".repeat(101), Province.SINDH, "Karachi"), "why", ORDERED))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo(InputLimits.RULE_TOO_LONG));
            assertThatThrownBy(() -> new TransferCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(),
                    InvestigatingOffice.policeStation("PS", Province.SINDH, "d".repeat(101)), "why", ORDERED))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo(InputLimits.RULE_TOO_LONG));
            new TransferCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(),
                    InvestigatingOffice.policeStation("x".repeat(100), Province.SINDH, "d".repeat(100)), "why", ORDERED);
        }

        @Test
        void of_a_case_the_admin_cannot_find() {
            CaseId missing = CaseId.random();
            assertThatThrownBy(() -> transfer(Actors.ADMIN, missing, KARACHI, ORDERED)).isInstanceOf(CaseNotFound.class);
        }
    }

    @Nested
    class A_police_station {

        @Test
        void registers_its_own_cases_and_its_investigator_leads_them() {
            CaseId id = policeCase("FIR 5/2017");
            CaseView view = app.seenBy(Actors.STATION_INVESTIGATOR, id);
            assertThat(view.office()).isEqualTo(STATION);
            assertThat(view.office().agency()).isEqualTo(Agency.PROVINCIAL_POLICE);
            assertThat(view.assignment().investigator()).contains(Actors.STATION_INVESTIGATOR.userId());
            assertThat(sees(Actors.LEAD, id)).isFalse();
        }

        @Test
        void is_not_an_FIA_circle_of_the_same_code_nor_the_other_way_round() {
            CaseStory fia = story();
            assertThat(sees(Actors.POLICE_OF_LAHORE_CODE, fia.id())).isFalse();
            assertThatThrownBy(() -> app.investigation.registerCase(CaseStory.registration(Actors.POLICE_OF_LAHORE_CODE,
                    "FIR 77/2017", Actors.LAHORE))).isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> app.investigation.registerCase(new RegisterCaseUseCase.Command(Actors.LEAD,
                    new FirNumber("FIR 78/2017"), InvestigatingOffice.policeStation(Actors.LAHORE, Province.PUNJAB,
                    "Lahore"), CaseStory.REGISTERED, Set.of(StatuteCode.of("PPC-369A")), List.of())))
                    .isInstanceOf(AccessRefused.class);
        }

        @Test
        void does_not_register_an_offence_the_FIA_alone_investigates() {
            assertThatThrownBy(() -> app.investigation.registerCase(new RegisterCaseUseCase.Command(
                    Actors.STATION_INVESTIGATOR, new FirNumber("FIR 6/2017"), STATION, CaseStory.REGISTERED,
                    Set.of(CaseStory.PACHTO), List.of())))
                    .isInstanceOfSatisfying(org.insaf.domain.shared.InvariantViolation.class,
                            v -> assertThat(v.rule()).isEqualTo(Rule.INVESTIGATING_AGENCY));
            assertThat(app.audit.all()).isEmpty();
        }
    }
}
