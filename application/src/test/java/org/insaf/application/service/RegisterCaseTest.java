package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.Conflict;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegisterCaseTest extends UseCaseTest {

    private List<Case> allCases() {
        return app.cases.find(CaseFilter.ANY, new CaseVisibility(true, Optional.empty(), Optional.empty()),
                Optional.empty(), 100).cases().stream().map(d -> app.load(CaseId.of(d.id()))).toList();
    }

    @Test
    void an_investigator_registers_an_fir_of_their_office_and_leads_the_case() {
        CaseView view = app.investigation.registerCase(CaseStory.registration(Actors.LEAD, "FIR 12/2017", Actors.LAHORE));

        assertThat(view.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.firNumber()).isEqualTo(new FirNumber("FIR 12/2017"));
        assertThat(view.circle()).isEqualTo(new FiaCircle(Actors.LAHORE));
        assertThat(view.firSections()).containsExactly(CaseStory.PACHTO);
        assertThat(view.statusDates()).isEqualTo(Map.of(CaseStatus.REGISTERED, CaseStory.REGISTERED));
        assertThat(view.assignment().investigator()).contains(Actors.LEAD.userId());
        assertThat(view.assignment().prosecutor()).isEmpty();
        assertThat(view.assignment().judge()).isEmpty();
        assertThat(view.victims()).isEmpty();
        assertThat(view.recordedFacts()).isEmpty();

        Case stored = app.load(view.id());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(CaseView.of(stored)).isEqualTo(view);

        assertThat(auditOf(view.id())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.REGISTER_CASE);
            assertThat(entry.actorId()).isEqualTo(Actors.LEAD.userId());
            assertThat(entry.at()).isEqualTo(app.clock.now());
            assertThat(entry.statusBefore()).isEmpty();
            assertThat(entry.statusAfter()).contains(CaseStatus.REGISTERED);
            assertThat(entry.detail()).contains("FIR 12/2017");
        });
    }

    @Test
    void the_registering_investigator_may_act_on_the_case_and_read_identities_as_its_lead() {
        CaseStory story = story().withPeople();
        assertThat(app.seenBy(Actors.LEAD, story.id()).assignment().investigator())
                .contains(Actors.LEAD.userId());
    }

    @Test
    void a_case_may_be_registered_today_but_not_tomorrow() {
        var today = new RegisterCaseUseCase.Command(Actors.LEAD, new FirNumber("FIR 1/2024"), new FiaCircle(Actors.LAHORE),
                Insaf.TODAY, Set.of(CaseStory.PACHTO));
        assertThat(app.investigation.registerCase(today).statusDates()).containsEntry(CaseStatus.REGISTERED, Insaf.TODAY);

        var tomorrow = new RegisterCaseUseCase.Command(Actors.LEAD, new FirNumber("FIR 2/2024"), new FiaCircle(Actors.LAHORE),
                Insaf.TODAY.plusDays(1), Set.of(CaseStory.PACHTO));
        InvariantViolation refusal = catchThrowableOfType(() -> app.investigation.registerCase(tomorrow),
                InvariantViolation.class);
        assertThat(refusal.rule()).isEqualTo(Rule.BUSINESS_DATE);
        assertThat(allCases()).hasSize(1);
        assertThat(app.audit.all()).hasSize(1);
    }

    static Stream<Arguments> notInvestigators() {
        return Stream.of(Actors.PROSECUTOR, Actors.JUDGE, Actors.ADMIN, Actors.ANALYST, Actors.NO_ROLES,
                        new Actor("analyst-in-lahore", Set.of(Role.ANALYST), Optional.of(Actors.LAHORE)))
                .map(a -> Arguments.of(a.userId(), a));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notInvestigators")
    void only_investigators_register_cases(String who, Actor actor) {
        var command = CaseStory.registration(actor, "FIR 12/2017", Actors.LAHORE);
        assertThatThrownBy(() -> app.investigation.registerCase(command)).isInstanceOf(AccessRefused.class);
        assertThat(allCases()).isEmpty();
        assertThat(app.audit.all()).isEmpty();
    }

    @Test
    void an_investigator_registers_no_case_for_another_office() {
        var command = CaseStory.registration(Actors.OUTSIDER, "FIR 12/2017", Actors.LAHORE);
        assertThatThrownBy(() -> app.investigation.registerCase(command)).isInstanceOf(AccessRefused.class)
                .hasMessageContaining(Actors.KARACHI).hasMessageContaining(Actors.LAHORE);
        assertThat(allCases()).isEmpty();
        assertThat(app.audit.all()).isEmpty();
    }

    @Test
    void an_investigator_without_a_recorded_office_registers_no_case() {
        Actor homeless = new Actor("inv-nowhere", Set.of(Role.INVESTIGATOR), Optional.empty());
        assertThatThrownBy(() -> app.investigation.registerCase(CaseStory.registration(homeless, "FIR 1/2017", Actors.LAHORE)))
                .isInstanceOf(AccessRefused.class);
        assertThat(allCases()).isEmpty();
    }

    @Test
    void an_fir_already_registered_in_the_office_is_a_conflict_and_not_registered_twice() {
        CaseStory first = story();

        Conflict conflict = catchThrowableOfType(() -> app.investigation.registerCase(
                CaseStory.registration(Actors.COLLEAGUE, "FIR 12/2017", Actors.LAHORE)), Conflict.class);

        assertThat(conflict).isNotInstanceOf(StaleCase.class).hasMessageContaining("FIR 12/2017");
        assertThat(allCases()).extracting(r -> r.id()).containsExactly(first.id());
        assertThat(app.audit.all()).hasSize(1);
    }

    @Test
    void the_same_fir_number_in_another_office_is_another_case() {
        CaseStory lahore = story();
        CaseView karachi = app.investigation.registerCase(
                CaseStory.registration(Actors.OUTSIDER, "FIR 12/2017", Actors.KARACHI));

        assertThat(karachi.id()).isNotEqualTo(lahore.id());
        assertThat(karachi.assignment().investigator()).contains(Actors.OUTSIDER.userId());
        assertThat(allCases()).hasSize(2);
    }

    @Test
    void a_registration_is_a_well_formed_command() {
        FirNumber fir = new FirNumber("FIR 1/2017");
        FiaCircle office = new FiaCircle(Actors.LAHORE);
        LocalDate on = CaseStory.REGISTERED;
        Set<StatuteCode> sections = Set.of(CaseStory.PACHTO);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(null, fir, office, on, sections)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(Actors.LEAD, null, office, on, sections)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(Actors.LEAD, fir, null, on, sections)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(Actors.LEAD, fir, office, null, sections)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(Actors.LEAD, fir, office, on, Set.of())).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new RegisterCaseUseCase.Command(Actors.LEAD, fir, office, on, null)).isInstanceOf(InvalidCommand.class);
    }

    @Test
    void each_registration_has_its_own_audit_entry_naming_its_fir() {
        CaseStory one = story();
        CaseView two = app.investigation.registerCase(CaseStory.registration(Actors.LEAD, "FIR 13/2017", Actors.LAHORE));
        assertThat(auditOf(one.id())).singleElement().extracting(AuditEntry::detail).asString()
                .contains("12/2017").doesNotContain("13/2017");
        assertThat(auditOf(two.id())).singleElement().extracting(AuditEntry::detail).asString()
                .contains("13/2017").doesNotContain("12/2017");
    }
}
