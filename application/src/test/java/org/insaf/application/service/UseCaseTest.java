package org.insaf.application.service;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.insaf.application.audit.AuditEntry;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A fresh application per test, and the checks every refusal must pass: the right error, nothing
 * changed, nothing audited but the refused attempt itself.
 */
abstract class UseCaseTest {

    protected Insaf app;

    @BeforeEach
    void freshApplication() {
        app = new Insaf();
    }

    protected CaseStory story() {
        return CaseStory.register(app);
    }

    /**
     * Runs a call that must be refused with that error, and proves the case is as before and the
     * audit log too, but for at most one entry that records the refused attempt (a read the access
     * rules refused) and changes no status.
     */
    protected <T extends Throwable> T refused(CaseId caseId, Class<T> expected, ThrowingCallable call) {
        Insaf.Stored before = app.stored(caseId);
        List<AuditEntry> auditBefore = app.audit.all();
        int savesBefore = app.cases.saves();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the refusal").isInstanceOf(expected);
        assertThat(app.stored(caseId)).as("the stored case after a refusal").isEqualTo(before);
        List<AuditEntry> auditAfter = app.audit.all();
        assertThat(auditAfter.subList(0, auditBefore.size())).as("the audit log after a refusal").isEqualTo(auditBefore);
        assertThat(auditAfter.subList(auditBefore.size(), auditAfter.size())).as("entries a refusal appends")
                .hasSizeLessThanOrEqualTo(1).allSatisfy(entry -> {
                    assertThat(entry.action().isRefusal()).as(entry.action() + " records a refusal").isTrue();
                    assertThat(entry.caseId()).isEqualTo(caseId);
                    assertThat(entry.statusAfter()).isEqualTo(entry.statusBefore());
                });
        assertThat(app.cases.saves()).as("saves after a refusal").isEqualTo(savesBefore);
        return expected.cast(thrown);
    }

    protected InvariantViolation violates(CaseId caseId, Rule rule, ThrowingCallable call) {
        InvariantViolation violation = refused(caseId, InvariantViolation.class, call);
        assertThat(violation.rule()).as("the rule that refused: " + violation.getMessage()).isEqualTo(rule);
        return violation;
    }

    /** Runs a call that must change the case and append exactly one audit entry for it, now; returns that entry. */
    protected AuditEntry audited(CaseId caseId, Runnable call) {
        int before = app.audit.all().size();
        call.run();
        List<AuditEntry> all = app.audit.all();
        assertThat(all).as("audit entries appended by one command").hasSize(before + 1);
        AuditEntry entry = all.get(all.size() - 1);
        assertThat(entry.caseId()).isEqualTo(caseId);
        assertThat(entry.at()).isEqualTo(app.clock.now());
        return entry;
    }

    protected List<AuditEntry> auditOf(CaseId caseId) {
        return app.audit.entriesOf(caseId);
    }

    protected AuditEntry lastAuditOf(CaseId caseId) {
        List<AuditEntry> entries = auditOf(caseId);
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }
}
