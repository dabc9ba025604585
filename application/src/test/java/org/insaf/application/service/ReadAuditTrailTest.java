package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.ReadAuditTrailQuery;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Auditors read a case's trail page by page; every read and every refused attempt is on the trail. */
class ReadAuditTrailTest extends UseCaseTest {

    private ReadAuditTrailQuery.Page page(Actor actor, CaseId id, Optional<Long> after, int first) {
        return app.auditTrail.readAuditTrail(new ReadAuditTrailQuery.Query(actor, id, after, first));
    }

    @Test
    void an_auditor_reads_the_whole_trail_page_by_page_and_each_read_is_audited() {
        CaseStory story = story().withPeople().assign();
        List<AuditEntry> before = auditOf(story.id());
        List<AuditRecord> read = new ArrayList<>();
        Optional<Long> after = Optional.empty();
        ReadAuditTrailQuery.Page page;
        int pages = 0;
        do {
            page = page(Actors.AUDITOR, story.id(), after, 2);
            read.addAll(page.entries());
            after = page.endCursor();
            pages++;
        } while (page.hasNextPage() && pages < 50);
        // Each page's own read entry is appended after it is read, so later pages include earlier reads.
        assertThat(read.stream().map(AuditRecord::entry).filter(e -> !e.action().isRead()))
                .containsExactlyElementsOf(before);
        assertThat(read).extracting(AuditRecord::sequence).isSorted().doesNotHaveDuplicates();
        AuditEntry last = lastAuditOf(story.id());
        assertThat(last.action()).isEqualTo(AuditAction.READ_AUDIT_TRAIL);
        assertThat(last.actorId()).isEqualTo(Actors.AUDITOR.userId());
        assertThat(auditOf(story.id()).stream().filter(e -> e.action() == AuditAction.READ_AUDIT_TRAIL)).hasSize(pages);
    }

    @Test
    void no_one_but_an_auditor_reads_it_and_each_attempt_is_audited() {
        CaseStory story = story().withPeople().assign();
        for (Actor actor : List.of(Actors.ADMIN, Actors.LEAD, Actors.PROSECUTOR, Actors.JUDGE, Actors.ANALYST,
                Actors.NO_ROLES)) {
            assertThat(refused(story.id(), AccessRefused.class, () -> page(actor, story.id(), Optional.empty(), 10)))
                    .hasMessage("Only an auditor may read a case's audit trail");
            AuditEntry attempt = lastAuditOf(story.id());
            assertThat(attempt.action()).isEqualTo(AuditAction.READ_AUDIT_TRAIL_REFUSED);
            assertThat(attempt.actorId()).isEqualTo(actor.userId());
        }
    }

    @Test
    void the_trail_of_an_id_that_names_no_case_holds_the_attempts_made_on_it() {
        CaseId probed = CaseId.random();
        assertThatThrownBy(() -> app.queries.getCase(Actors.OUTSIDER, probed))
                .isInstanceOf(org.insaf.application.error.CaseNotFound.class);
        assertThat(page(Actors.AUDITOR, probed, Optional.empty(), 10).entries()).extracting(r -> r.entry().action())
                .containsExactly(AuditAction.READ_CASE_REFUSED);
    }

    @Test
    void a_page_holds_1_to_100_entries_and_a_cursor_is_never_negative() {
        CaseId id = CaseId.random();
        assertThatThrownBy(() -> page(Actors.AUDITOR, id, Optional.empty(), 0)).isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> page(Actors.AUDITOR, id, Optional.empty(), 101)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> page(Actors.AUDITOR, id, Optional.of(-1L), 10)).isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("never negative");
        assertThat(app.audit.all()).as("a malformed request is not an attempt on a case").isEmpty();
    }
}
