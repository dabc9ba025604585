package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.port.in.ReadVictimIdentityUseCase;
import org.insaf.domain.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.application.audit.AuditAction.*;

/** The whole story of a case, read back from the audit log. */
class AuditTrailTest extends UseCaseTest {

    @Test
    void every_change_of_the_story_is_one_entry_in_order_with_a_continuous_chain_of_statuses() {
        CaseStory story = story().closed();

        List<AuditEntry> trail = auditOf(story.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly(REGISTER_CASE, START_INVESTIGATION,
                ADD_VICTIM, ADD_ACCUSED, ADD_ACCUSED, RECORD_FACTS, ASSIGN_CASE, FILE_CHARGE_SHEET, OPEN_TRIAL,
                RECORD_HEARING, RECORD_VERDICT, RECORD_VERDICT, RECORD_SENTENCE, CLOSE_CASE);
        assertThat(trail).extracting(AuditEntry::action).doesNotContain(AuditAction.DECIDE_CASE);
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).statusBefore()).as("status before entry " + i).isEqualTo(trail.get(i - 1).statusAfter());
        }
        assertThat(trail.get(0).statusBefore()).isEmpty();
        assertThat(trail.get(trail.size() - 1).statusAfter()).contains(CaseStatus.CLOSED);
        assertThat(trail).filteredOn(e -> e.statusAfter().equals(Optional.of(CaseStatus.DECIDED)))
                .extracting(AuditEntry::action).containsExactly(RECORD_SENTENCE);
        assertThat(story.version()).as("one version per change").isEqualTo(trail.size());
        assertThat(trail).allSatisfy(e -> assertThat(e.at()).isEqualTo(app.clock.now()));
    }

    @Test
    void reads_of_identities_add_entries_but_no_version() {
        CaseStory story = story().withPeople();
        long version = story.version();
        int changes = auditOf(story.id()).size();
        for (int i = 0; i < 3; i++) {
            app.queries.readIdentities(new ReadVictimIdentityUseCase.Query(Actors.LEAD, story.id(), Set.of(story.childId())));
        }
        assertThat(auditOf(story.id())).hasSize(changes + 3);
        assertThat(story.version()).isEqualTo(version);
    }

    @Test
    void entries_carry_the_time_of_the_clock_when_they_were_made() {
        CaseStory story = story();
        app.clock.set(Insaf.TODAY.plusDays(2));
        story.investigating();
        List<AuditEntry> trail = auditOf(story.id());
        assertThat(trail.get(0).at()).isBefore(trail.get(1).at());
        assertThat(trail.get(1).at()).isEqualTo(app.clock.now());
    }

    @Test
    void the_entries_of_two_cases_stay_apart() {
        CaseStory one = story().investigating();
        CaseStory two = CaseStory.register(app, "FIR 13/2017");
        assertThat(auditOf(one.id())).hasSize(2).allMatch(e -> e.caseId().equals(one.id()));
        assertThat(auditOf(two.id())).hasSize(1).allMatch(e -> e.caseId().equals(two.id()));
    }
}
