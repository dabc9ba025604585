package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.audit.CaseChangeAudit;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each change's audit entry is built from the events the change recorded, and says no more than they may. */
class CaseChangeAuditTest extends UseCaseTest {

    @Test
    void every_entry_of_a_change_carries_its_events_named_in_the_laws_words_in_order() {
        CaseStory story = story().closed();
        List<AuditEntry> trail = auditOf(story.id());
        assertThat(trail).extracting(e -> e.events().lines().map(l -> l.substring(0, l.indexOf(' '))).toList())
                .containsExactly(
                        List.of("FirRegistered", "CaseAssigned"), List.of("InvestigationStarted"), List.of("VictimAdded"),
                        List.of("AccusedAdded"), List.of("AccusedAdded"), List.of("FactsRecorded"), List.of("CaseAssigned"),
                        List.of("ChargeSheetFiled"), List.of("TrialOpened"), List.of("HearingRecorded"),
                        List.of("VerdictGiven"), List.of("VerdictGiven"), List.of("SentencePassed", "CaseDecided"),
                        List.of("CaseClosed"));
    }

    @Test
    void no_entry_repeats_a_victims_identity_an_accuseds_name_or_free_text() {
        CaseStory story = story().closed();
        String everything = String.join("\n", auditOf(story.id()).stream()
                .map(e -> e.detail() + "\n" + e.events()).toList());
        assertThat(everything).doesNotContain(CaseStory.CHILD_IDENTITY.name()).doesNotContain("Kasur")
                .doesNotContain("0300-1112223").contains("proceedings=sha256:");
        app.load(story.id()).accused().forEach(a -> assertThat(everything).doesNotContain(a.trafficker().name()));
        app.load(story.id()).hearings().forEach(h -> assertThat(everything).doesNotContain(h.proceedings()));
    }

    @Test
    void reads_and_refusals_carry_no_events() {
        assertThat(new AuditEntry(Instant.EPOCH, "someone", AuditAction.READ_CASE_REFUSED, CaseId.random(),
                Optional.empty(), Optional.empty(), "").events()).isEmpty();
    }

    @Test
    void a_change_that_recorded_no_event_has_no_entry() {
        CaseStory story = story().investigating();
        Case loaded = app.load(story.id());
        assertThatThrownBy(() -> CaseChangeAudit.entry(Instant.EPOCH, "x", Optional.empty(), loaded))
                .isInstanceOf(IllegalStateException.class);
    }
}
