package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** Reading a case, and reading the protected identities of its victims (each read audited). */
class ReadCaseTest extends UseCaseTest {

    @Nested
    class GetCase {

        @ParameterizedTest
        @EnumSource(CaseStory.Stage.class)
        void shows_the_case_as_stored_at_every_stage(CaseStory.Stage stage) {
            CaseStory story = story().assign().at(stage);
            CaseDetail view = app.queries.getCase(Actors.JUDGE, story.id());
            assertThat(view).isEqualTo(CaseProjection.of(app.load(story.id())));
            assertThat(view.version()).isEqualTo(story.version());
            assertThat(view).isEqualTo(CaseProjection.of(story.view()));
        }

        @Test
        void a_case_that_does_not_exist_is_not_found_even_for_an_admin() {
            CaseId unknown = CaseId.random();
            assertThatThrownBy(() -> app.queries.getCase(Actors.ADMIN, unknown)).isInstanceOf(CaseNotFound.class)
                    .hasMessage("Case " + unknown + " does not exist or is not open to you");
        }

        @Test
        void is_asked_by_someone_about_some_case() {
            CaseStory story = story();
            assertThatThrownBy(() -> app.queries.getCase(null, story.id())).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> app.queries.getCase(Actors.LEAD, null)).isInstanceOf(InvalidCommand.class);
        }

        @Test
        void the_view_carries_no_identity_of_a_victim() {
            CaseStory story = story().charged();
            CaseDetail view = app.queries.getCase(Actors.ADMIN, story.id());
            assertThat(view.victims()).hasSize(1);
            assertThat(view.toString()).doesNotContain(CHILD_IDENTITY.name()).doesNotContain(CHILD_IDENTITY.address())
                    .doesNotContain(CHILD_IDENTITY.contact());
        }
    }

    @Nested
    class ReadIdentities {

        private Map<PersonId, VictimIdentity> read(Actor actor, CaseStory story, Set<PersonId> victims) {
            return app.queries.readIdentities(new ReadVictimIdentityUseCase.Query(actor, story.id(), victims));
        }

        @Test
        void the_lead_reads_a_victims_identity_and_the_read_is_audited_under_the_pseudonym() {
            CaseStory story = story().withPeople();
            long version = story.version();
            Insaf.Stored before = app.stored(story.id());

            AuditEntry entry = audited(story.id(), () ->
                    assertThat(read(Actors.LEAD, story, Set.of(story.childId())))
                            .isEqualTo(Map.of(story.childId(), CHILD_IDENTITY)));

            assertThat(entry.action()).isEqualTo(AuditAction.READ_VICTIM_IDENTITY);
            assertThat(entry.actorId()).isEqualTo(Actors.LEAD.userId());
            assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.statusAfter()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.detail()).contains("V-2017-000001").doesNotContain(CHILD_IDENTITY.name());
            assertThat(story.version()).as("a read changes no version").isEqualTo(version);
            assertThat(app.stored(story.id())).isEqualTo(before);
        }

        @Test
        void one_entry_per_victim_read() {
            CaseStory story = story().withPeople().assign();
            app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    new VictimIdentity("Second girl", null, null, null), childDetails()));
            Set<PersonId> both = Set.copyOf(app.load(story.id()).victims().stream().map(v -> v.id()).toList());
            int before = app.audit.all().size();

            assertThat(read(Actors.PROSECUTOR, story, both)).hasSize(2);

            List<AuditEntry> reads = app.audit.all().subList(before, app.audit.all().size());
            assertThat(reads).hasSize(2).allSatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.READ_VICTIM_IDENTITY);
                assertThat(e.actorId()).isEqualTo(Actors.PROSECUTOR.userId());
            });
            assertThat(reads).extracting(AuditEntry::detail)
                    .anySatisfy(d -> assertThat(d).contains("V-2017-000001"))
                    .anySatisfy(d -> assertThat(d).contains("V-2017-000002"));
        }

        @Test
        void the_judge_reads_them_too_even_after_the_case_is_closed() {
            CaseStory story = story().closed();
            assertThat(read(Actors.JUDGE, story, Set.of(story.childId()))).containsEntry(story.childId(), CHILD_IDENTITY);
            assertThat(lastAuditOf(story.id()).statusAfter()).contains(CaseStatus.CLOSED);
        }

        @Test
        void a_victim_not_of_the_case_fails_the_whole_read_and_nothing_is_audited() {
            CaseStory story = story().withPeople();
            assertThat(refused(story.id(), InvalidCommand.class,
                    () -> read(Actors.LEAD, story, Set.of(story.childId(), PersonId.random()))))
                    .hasMessageNotContaining(CHILD_IDENTITY.name());
        }

        @Test
        void an_office_colleague_who_does_not_lead_the_case_reads_no_identity_and_the_attempt_is_audited() {
            CaseStory story = story().withPeople();
            assertThat(refused(story.id(), AccessRefused.class, () -> read(Actors.COLLEAGUE, story, Set.of(story.childId()))))
                    .hasMessageNotContaining(CHILD_IDENTITY.name());
            AuditEntry attempt = lastAuditOf(story.id());
            assertThat(attempt.action()).isEqualTo(AuditAction.READ_VICTIM_IDENTITY_REFUSED);
            assertThat(attempt.actorId()).isEqualTo(Actors.COLLEAGUE.userId());
            assertThat(attempt.detail()).startsWith("identity of V-").doesNotContain(CHILD_IDENTITY.name());
        }

        @Test
        void someone_the_case_is_hidden_from_reads_no_identity_and_the_attempt_is_audited_without_the_case_status() {
            CaseStory story = story().withPeople();
            refused(story.id(), CaseNotFound.class, () -> read(Actors.OUTSIDER, story, Set.of(story.childId())));
            AuditEntry attempt = lastAuditOf(story.id());
            assertThat(attempt.action()).isEqualTo(AuditAction.READ_VICTIM_IDENTITY_REFUSED);
            assertThat(attempt.actorId()).isEqualTo(Actors.OUTSIDER.userId());
            assertThat(attempt.statusBefore()).isEmpty();
            assertThat(attempt.detail()).doesNotContain("V-");
        }

        @Test
        void a_case_asked_for_by_someone_it_is_hidden_from_is_audited_as_refused() {
            CaseStory story = story().withPeople();
            refused(story.id(), CaseNotFound.class, () -> app.queries.getCase(Actors.OUTSIDER, story.id()));
            AuditEntry attempt = lastAuditOf(story.id());
            assertThat(attempt.action()).isEqualTo(AuditAction.READ_CASE_REFUSED);
            assertThat(attempt.actorId()).isEqualTo(Actors.OUTSIDER.userId());
        }

        @Test
        void a_former_prosecutor_reads_no_identity_once_the_case_is_reassigned() {
            CaseStory story = story().withPeople().assign();
            app.assignment.assignCase(new org.insaf.application.port.in.AssignCaseUseCase.Command(Actors.ADMIN,
                    story.id(), Optional.empty(), Optional.empty(), Optional.of(Actors.OTHER_PROSECUTOR.userId()),
                    Optional.empty(), Optional.empty()));
            refused(story.id(), CaseNotFound.class, () -> read(Actors.PROSECUTOR, story, Set.of(story.childId())));
            assertThat(read(Actors.OTHER_PROSECUTOR, story, Set.of(story.childId()))).hasSize(1);
        }

        @Test
        void names_at_least_one_victim() {
            CaseStory story = story();
            assertThatThrownBy(() -> new ReadVictimIdentityUseCase.Query(Actors.LEAD, story.id(), Set.of()))
                    .isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new ReadVictimIdentityUseCase.Query(Actors.LEAD, story.id(), null))
                    .isInstanceOf(InvalidCommand.class);
        }
    }
}
