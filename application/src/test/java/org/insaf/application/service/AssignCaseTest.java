package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignCaseTest extends UseCaseTest {

    private CaseView assign(CaseId id, String investigator, String prosecutor, String court, String judge) {
        return app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(),
                Optional.ofNullable(investigator), Optional.ofNullable(prosecutor), Optional.ofNullable(court),
                Optional.ofNullable(judge)));
    }

    @Test
    void an_admin_puts_the_case_on_the_desks_of_a_prosecutor_and_a_judge() {
        CaseStory story = story().investigating();
        AuditEntry entry = audited(story.id(), () -> assign(story.id(), null, Actors.PROSECUTOR.userId(),
                CaseStory.COURT, Actors.JUDGE.userId()));

        CaseAssignment assignment = app.load(story.id()).assignment();
        assertThat(assignment.investigator()).contains(Actors.LEAD.userId());
        assertThat(assignment.prosecutor()).contains(Actors.PROSECUTOR.userId());
        assertThat(assignment.court()).contains(CaseStory.COURT);
        assertThat(assignment.judge()).contains(Actors.JUDGE.userId());
        assertThat(entry.action()).isEqualTo(AuditAction.ASSIGN_CASE);
        assertThat(entry.actorId()).isEqualTo(Actors.ADMIN.userId());
        assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
        assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);
        assertThat(entry.detail()).contains(Actors.PROSECUTOR.userId()).contains(Actors.JUDGE.userId());
        assertThat(app.load(story.id()).snapshot().status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }

    @Test
    void the_parts_not_named_stay_as_they_were() {
        CaseStory story = story().assign();
        assign(story.id(), null, null, null, Actors.OTHER_JUDGE.userId());

        CaseAssignment assignment = app.load(story.id()).assignment();
        assertThat(assignment.investigator()).contains(Actors.LEAD.userId());
        assertThat(assignment.prosecutor()).contains(Actors.PROSECUTOR.userId());
        assertThat(assignment.court()).contains(CaseStory.COURT);
        assertThat(assignment.judge()).contains(Actors.OTHER_JUDGE.userId());
    }

    @Test
    void a_reassignment_moves_access_from_the_old_prosecutor_to_the_new_one() {
        CaseStory story = story().assign();
        assertThat(app.seenBy(Actors.PROSECUTOR, story.id()).id()).isEqualTo(story.id());

        assign(story.id(), null, Actors.OTHER_PROSECUTOR.userId(), null, null);

        assertThatThrownBy(() -> app.queries.getCase(Actors.PROSECUTOR, story.id())).isInstanceOf(CaseNotFound.class);
        assertThat(app.seenBy(Actors.OTHER_PROSECUTOR, story.id()).assignment().prosecutor())
                .contains(Actors.OTHER_PROSECUTOR.userId());
    }

    @Test
    void a_new_lead_investigator_of_another_office_gets_the_case_and_the_old_lead_keeps_it_through_the_office() {
        CaseStory story = story();
        assertThatThrownBy(() -> app.queries.getCase(Actors.OUTSIDER, story.id())).isInstanceOf(CaseNotFound.class);

        assign(story.id(), Actors.OUTSIDER.userId(), null, null, null);

        assertThat(app.seenBy(Actors.OUTSIDER, story.id()).assignment().investigator())
                .contains(Actors.OUTSIDER.userId());
        assertThat(app.seenBy(Actors.LEAD, story.id()).id()).isEqualTo(story.id());
    }

    @Test
    void an_admin_assigning_an_unknown_case_is_told_it_does_not_exist() {
        CaseId unknown = CaseId.random();
        assertThatThrownBy(() -> assign(unknown, null, Actors.PROSECUTOR.userId(), null, null))
                .isInstanceOf(CaseNotFound.class).hasMessage(new CaseNotFound(unknown).getMessage());
        assertThat(app.audit.all()).isEmpty();
    }

    @Test
    void an_assignment_names_someone() {
        CaseId id = CaseId.random();
        assertThatThrownBy(() -> new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), null, null, null,
                null)).isInstanceOf(InvalidCommand.class);
    }

    /** "Absent parts stay as they are": a blank id is no one, and must not silently take the case off a desk. */
    @ParameterizedTest(name = "prosecutor \"{0}\"")
    @ValueSource(strings = {"", "   "})
    void a_blank_user_id_is_a_malformed_assignment_and_unassigns_no_one(String blank) {
        CaseStory story = story().assign();
        Insaf.Stored before = app.stored(story.id());

        assertThatThrownBy(() -> assign(story.id(), null, blank, null, null)).isInstanceOf(InvalidCommand.class);

        assertThat(app.stored(story.id())).isEqualTo(before);
        assertThat(app.load(story.id()).assignment().prosecutor()).contains(Actors.PROSECUTOR.userId());
    }

    @Test
    void assigned_ids_are_stored_without_surrounding_blanks() {
        CaseStory story = story();
        assign(story.id(), null, "  " + Actors.PROSECUTOR.userId() + " ", null, null);
        assertThat(app.seenBy(Actors.PROSECUTOR, story.id()).assignment().prosecutor())
                .contains(Actors.PROSECUTOR.userId());
    }
}
