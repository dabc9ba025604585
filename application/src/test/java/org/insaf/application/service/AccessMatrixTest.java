package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.domain.casefile.Case;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.error.StaleCase;
import org.insaf.application.error.Conflict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what on a case: every use case against every kind of caller. The allowed succeed and
 * leave their audit entry; of the others, those who may see the case get {@link AccessRefused},
 * those who may not get {@link CaseNotFound}; either way the case and the audit log are unchanged.
 */
class AccessMatrixTest extends UseCaseTest {

    private static final List<Actor> EVERYONE = List.of(Actors.LEAD, Actors.COLLEAGUE, Actors.OUTSIDER,
            Actors.PROSECUTOR, Actors.OTHER_PROSECUTOR, Actors.JUDGE, Actors.OTHER_JUDGE, Actors.ADMIN,
            Actors.ANALYST, Actors.NO_ROLES);

    enum Outcome { DONE, ACCESS_REFUSED, NOT_FOUND }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Operation.values()).flatMap(op -> EVERYONE.stream()
                .map(actor -> Arguments.of(op, actor.userId(), actor, expected(op, actor))));
    }

    private static Outcome expected(Operation op, Actor actor) {
        if (op.who.allowed.contains(actor)) {
            return Outcome.DONE;
        }
        if (op.who == Operation.Who.ADMINS) {
            return Outcome.ACCESS_REFUSED; // only admins assign, whichever case they name
        }
        return Operation.SEE_THE_CASE.contains(actor) ? Outcome.ACCESS_REFUSED : Outcome.NOT_FOUND;
    }

    @ParameterizedTest(name = "{0} by {1}: {3}")
    @MethodSource("matrix")
    void who_may_do_what(Operation op, String who, Actor actor, Outcome outcome) {
        CaseStory story = op.prepare(app);
        switch (outcome) {
            case DONE -> {
                int auditBefore = app.audit.all().size();
                long versionBefore = story.version();
                Object answer = op.run(app, story, actor, Optional.empty());
                List<AuditEntry> appended = app.audit.all().subList(auditBefore, app.audit.all().size());
                if (op.audited == null) {
                    assertThat(appended).as("a read leaves no audit entry").isEmpty();
                } else {
                    assertThat(appended).singleElement().satisfies(entry -> {
                        assertThat(entry.action()).isEqualTo(op.audited);
                        assertThat(entry.actorId()).isEqualTo(actor.userId());
                        assertThat(entry.caseId()).isEqualTo(story.id());
                    });
                }
                long expectedVersion = op.changesTheCase() ? versionBefore + 1 : versionBefore;
                assertThat(story.version()).isEqualTo(expectedVersion);
                if (answer instanceof CaseView view) {
                    assertThat(view.version()).isEqualTo(expectedVersion);
                }
            }
            case ACCESS_REFUSED -> refused(story.id(), AccessRefused.class,
                    () -> op.run(app, story, actor, Optional.empty()));
            case NOT_FOUND -> assertThat(refused(story.id(), CaseNotFound.class,
                    () -> op.run(app, story, actor, Optional.empty())))
                    .hasMessage("Case " + story.id() + " does not exist or is not open to you");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    void a_hidden_case_is_answered_exactly_like_a_case_that_does_not_exist(Operation op) {
        CaseStory hidden = op.prepare(app);
        CaseStory missing = op.prepare(new Insaf()); // a case of another installation: unknown here
        Actor outsider = op.who == Operation.Who.ADMINS ? Actors.PROSECUTOR : Actors.OUTSIDER;

        Throwable forHidden = refused(hidden.id(), RuntimeException.class, () -> op.run(app, hidden, outsider, Optional.empty()));
        Throwable forMissing = catchRun(op, missing, outsider);

        assertThat(forMissing).isExactlyInstanceOf(forHidden.getClass());
        assertThat(forHidden.getMessage().replace(hidden.id().toString(), "<id>"))
                .isEqualTo(forMissing.getMessage().replace(missing.id().toString(), "<id>"));
        assertThat(forHidden).isInstanceOfAny(CaseNotFound.class, AccessRefused.class);
    }

    private Throwable catchRun(Operation op, CaseStory story, Actor actor) {
        try {
            op.run(app, story, actor, Optional.empty());
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError(op + " on an unknown case succeeded");
    }

    static Stream<Operation> changes() {
        return Arrays.stream(Operation.values()).filter(Operation::changesTheCase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_command_made_on_an_older_version_is_refused_as_stale(Operation op) {
        CaseStory story = op.prepare(app);
        long current = story.version();
        Actor allowed = op.who.allowed.iterator().next();

        StaleCase stale = refused(story.id(), StaleCase.class, () -> op.run(app, story, allowed, Optional.of(current - 1)));
        assertThat(stale).isInstanceOf(Conflict.class)
                .hasMessageContaining("version " + (current - 1)).hasMessageContaining("version " + current);

        CaseView done = (CaseView) op.run(app, story, allowed, Optional.of(current));
        assertThat(done.version()).isEqualTo(current + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_command_overtaken_by_another_save_between_load_and_save_is_refused_as_stale(Operation op) {
        CaseStory story = op.prepare(app);
        Actor allowed = op.who.allowed.iterator().next();
        long loaded = story.version();
        Insaf.Stored before = app.stored(story.id());
        int auditBefore = app.audit.all().size();
        // someone else saves the same case while this command is under way
        app.cases.beforeNextSave(() -> {
            Case competing = app.load(story.id());
            competing.assign(competing.assignment(), Insaf.TODAY);
            app.cases.save(competing);
        });

        assertThatThrownBy(() -> op.run(app, story, allowed, Optional.empty())).isInstanceOf(StaleCase.class);

        assertThat(story.version()).as("only the competing save went through").isEqualTo(loaded + 1);
        Insaf.Stored after = app.stored(story.id());
        assertThat(after.assignment()).isEqualTo(before.assignment());
        assertThat(after.facts()).isEqualTo(before.facts());
        assertThat(after.snapshot().status()).isEqualTo(before.snapshot().status());
        assertThat(after.snapshot().victims()).isEqualTo(before.snapshot().victims());
        assertThat(after.snapshot().accused()).isEqualTo(before.snapshot().accused());
        assertThat(after.snapshot().offences()).isEqualTo(before.snapshot().offences());
        assertThat(after.snapshot().hearings()).isEqualTo(before.snapshot().hearings());
        assertThat(app.audit.all()).as("no audit entry for the refused command").hasSize(auditBefore);
    }
}
