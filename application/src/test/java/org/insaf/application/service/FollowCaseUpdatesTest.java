package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.casefile.live.CaseHolding;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.FollowCaseUpdatesQuery;
import org.insaf.application.port.out.CaseChangeFeed;
import org.insaf.application.port.out.CaseHoldings;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Live updates: who may follow, which changes each follower is told of (checked against who holds
 * the case when the change comes, not when following started), and the cost of a batch.
 */
class FollowCaseUpdatesTest extends UseCaseTest {

    /** The feed as the store gives it: here, whatever the test announces. */
    private final class ManualFeed implements CaseChangeFeed {
        Consumer<List<CaseChange>> listener;

        @Override
        public void deliverTo(Consumer<List<CaseChange>> listener) {
            this.listener = listener;
        }

        void announce(CaseChange... changes) {
            listener.accept(List.of(changes));
        }
    }

    /** Who holds the cases, read from the in-memory store; counts the reads. */
    private final class Holdings implements CaseHoldings {
        int reads;

        @Override
        public Map<CaseId, CaseHolding> holdingsOf(Collection<CaseId> cases) {
            reads++;
            Map<CaseId, CaseHolding> held = new LinkedHashMap<>();
            for (CaseId id : cases) {
                app.cases.load(id).ifPresent(c -> held.put(id, holding(c)));
            }
            return held;
        }

        private CaseHolding holding(Case c) {
            return new CaseHolding(c.office().code(), c.office().agency(), c.assignment().investigator(),
                    c.assignment().prosecutor(), c.assignment().judge());
        }
    }

    private ManualFeed feed;
    private Holdings holdings;
    private CaseUpdateService updates;

    @BeforeEach
    void liveUpdates() {
        feed = new ManualFeed();
        holdings = new Holdings();
        updates = new CaseUpdateService(app.runner, app.cases, holdings, feed);
    }

    private List<CaseChange> follow(Actor actor, Optional<CaseId> only) {
        List<CaseChange> told = new ArrayList<>();
        updates.follow(new FollowCaseUpdatesQuery.Query(actor, only), told::add);
        return told;
    }

    private CaseChange changeOf(CaseId id) {
        return new CaseChange(id, app.load(id).version(), "HearingRecorded");
    }

    @Test
    void a_prosecutor_is_told_of_the_cases_assigned_to_them_and_of_no_other() {
        CaseId assigned = story().assign().id();
        CaseId other = CaseStory.register(app, "FIR-other").id();
        List<CaseChange> prosecutor = follow(Actors.PROSECUTOR, Optional.empty());
        List<CaseChange> otherProsecutor = follow(Actors.OTHER_PROSECUTOR, Optional.empty());
        List<CaseChange> lead = follow(Actors.LEAD, Optional.empty());
        List<CaseChange> outsider = follow(Actors.OUTSIDER, Optional.empty());
        List<CaseChange> admin = follow(Actors.ADMIN, Optional.empty());

        feed.announce(changeOf(assigned), changeOf(other));

        assertThat(prosecutor).containsExactly(changeOf(assigned));
        assertThat(otherProsecutor).isEmpty();
        assertThat(lead).as("the office's cases").containsExactly(changeOf(assigned), changeOf(other));
        assertThat(outsider).as("another office's investigator").isEmpty();
        assertThat(admin).containsExactly(changeOf(assigned), changeOf(other));
        assertThat(holdings.reads).as("one read per batch, whatever the number of followers").isEqualTo(1);
    }

    @Test
    void an_assignment_made_while_following_takes_effect_on_the_next_change() {
        CaseStory story = story();
        CaseId id = story.id();
        List<CaseChange> prosecutor = follow(Actors.PROSECUTOR, Optional.empty());
        feed.announce(changeOf(id));
        assertThat(prosecutor).isEmpty();

        story.assign();
        feed.announce(changeOf(id));
        assertThat(prosecutor).containsExactly(changeOf(id));

        app.assignment.assignCase(new AssignCaseUseCase.Command(Actors.ADMIN, id, Optional.empty(), Optional.empty(),
                Optional.of(Actors.OTHER_PROSECUTOR.userId()), Optional.empty(), Optional.empty()));
        feed.announce(changeOf(id));
        assertThat(prosecutor).as("unassigned: told nothing more").hasSize(1);
    }

    @Test
    void one_case_followed_is_told_of_that_case_only() {
        CaseId first = story().assign().id();
        CaseId second = CaseStory.register(app, "FIR-second").assign().id();
        List<CaseChange> one = follow(Actors.PROSECUTOR, Optional.of(first));
        feed.announce(changeOf(second), changeOf(first));
        assertThat(one).containsExactly(changeOf(first));
    }

    @Test
    void an_analyst_may_not_follow_cases() {
        assertThatThrownBy(() -> follow(Actors.ANALYST, Optional.empty())).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("analysts see statistics only");
        assertThatThrownBy(() -> follow(Actors.NO_ROLES, Optional.empty())).isInstanceOf(AccessRefused.class);
        assertThat(updates.followers()).isZero();
    }

    @Test
    void a_case_not_open_to_the_caller_is_not_found_and_the_refusal_is_audited() {
        CaseId id = story().id();
        refused(id, CaseNotFound.class, () -> follow(Actors.PROSECUTOR, Optional.of(id)));
        assertThat(app.audit.all().get(app.audit.all().size() - 1).action()).isEqualTo(AuditAction.READ_CASE_REFUSED);
        assertThatThrownBy(() -> follow(Actors.ADMIN, Optional.of(CaseId.random()))).isInstanceOf(CaseNotFound.class);
        assertThat(updates.followers()).isZero();
    }

    @Test
    void one_user_follows_at_most_the_limit_at_once_and_a_stopped_follow_frees_its_place() {
        List<FollowCaseUpdatesQuery.Following> running = new ArrayList<>();
        for (int i = 0; i < FollowCaseUpdatesQuery.MAX_PER_USER; i++) {
            running.add(updates.follow(new FollowCaseUpdatesQuery.Query(Actors.PROSECUTOR, Optional.empty()), c -> { }));
        }
        assertThatThrownBy(() -> follow(Actors.PROSECUTOR, Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("SUBSCRIPTION_LIMIT"));
        assertThat(follow(Actors.OTHER_PROSECUTOR, Optional.empty())).as("another user is not held back").isEmpty();

        running.get(0).stop();
        running.get(0).stop();
        follow(Actors.PROSECUTOR, Optional.empty());
        assertThat(updates.followers()).isEqualTo(FollowCaseUpdatesQuery.MAX_PER_USER + 1);
    }

    @Test
    void a_follower_that_fails_does_not_keep_the_change_from_the_others() {
        CaseId id = story().assign().id();
        updates.follow(new FollowCaseUpdatesQuery.Query(Actors.ADMIN, Optional.empty()), c -> {
            throw new IllegalStateException("gone");
        });
        List<CaseChange> prosecutor = follow(Actors.PROSECUTOR, Optional.empty());
        feed.announce(changeOf(id));
        assertThat(prosecutor).containsExactly(changeOf(id));
    }

    @Test
    void no_follower_no_read_and_a_missing_case_is_told_to_no_one() {
        CaseId id = story().assign().id();
        follow(Actors.ADMIN, Optional.empty());
        feed.announce();
        assertThat(holdings.reads).isZero();
        List<CaseChange> admin = follow(Actors.ADMIN, Optional.empty());
        feed.announce(new CaseChange(CaseId.random(), 3, "HearingRecorded"), changeOf(id));
        assertThat(admin).containsExactly(changeOf(id));
    }

    @Test
    void a_change_names_a_version_and_an_event_name_only() {
        CaseId id = CaseId.random();
        assertThatThrownBy(() -> new CaseChange(id, 0, "HearingRecorded")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseChange(id, 1, "Hearing Recorded")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseChange(id, 1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseChange(id, 1, "A".repeat(61))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseChange(id, 1, "A".repeat(60)).event()).hasSize(60);
    }

    @Test
    void no_follower_counts_before_the_feed_listens_and_the_feed_is_started_once() throws Exception {
        // A feed that listens only when the test lets it, as PostgreSQL's LISTEN may take a while.
        CountDownLatch listens = new CountDownLatch(1);
        List<Integer> countedWhenStarted = new CopyOnWriteArrayList<>();
        CaseUpdateService[] service = new CaseUpdateService[1];
        service[0] = new CaseUpdateService(app.runner, app.cases, holdings, listener -> {
            countedWhenStarted.add(service[0].followers());
            try {
                listens.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = two.submit(() ->
                    service[0].follow(new FollowCaseUpdatesQuery.Query(Actors.ADMIN, Optional.empty()), c -> { }));
            Future<?> second = two.submit(() ->
                    service[0].follow(new FollowCaseUpdatesQuery.Query(Actors.PROSECUTOR, Optional.empty()), c -> { }));
            Thread.sleep(300);
            assertThat(service[0].followers()).as("neither counts while the feed is not listening").isZero();
            listens.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertThat(service[0].followers()).isEqualTo(2);
        assertThat(countedWhenStarted).as("started once, before anyone counted").containsExactly(0);
    }
}
