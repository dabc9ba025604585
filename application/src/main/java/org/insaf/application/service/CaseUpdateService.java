package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.application.access.Actor;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.casefile.live.CaseHolding;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.port.in.FollowCaseUpdatesQuery;
import org.insaf.application.port.out.CaseChangeFeed;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseHoldings;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvalidValueException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The followers of this instance and the fan-out of the feed to them. Each batch of changes costs
 * one read of who holds the cases in it, whatever the number of followers; each follower's
 * visibility (from its token, taken when it started) is then applied to that in memory.
 */
@ApplicationScoped
public class CaseUpdateService implements FollowCaseUpdatesQuery {

    private static final Logger LOG = Logger.getLogger(CaseUpdateService.class.getName());

    private record Follower(long id, Actor actor, CaseVisibility visibility, Optional<CaseId> only,
                            Consumer<CaseChange> updates) {

        boolean wants(CaseChange change, CaseHolding holding) {
            return only.map(change.caseId()::equals).orElse(true) && visibility.admits(holding);
        }
    }

    private final CaseCommandRunner cases;
    private final CaseFinder finder;
    private final CaseHoldings holdings;
    private final CaseChangeFeed feed;
    private final Map<Long, Follower> followers = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private boolean listening;

    @Inject
    public CaseUpdateService(CaseCommandRunner cases, CaseFinder finder, CaseHoldings holdings, CaseChangeFeed feed) {
        this.cases = cases;
        this.finder = finder;
        this.holdings = holdings;
        this.feed = feed;
    }

    // A refusal of one case is audited like the case query's, and the entry must outlive it.
    @Override
    @Transactional(dontRollbackOn = {CaseNotFound.class, AccessRefused.class})
    public Following follow(Query query, Consumer<CaseChange> updates) {
        Actor actor = query.actor();
        CaseVisibility visibility = cases.access().visibilityOf(actor);
        if (visibility.seesNothing()) {
            throw new AccessRefused("Live updates of cases are for investigators, prosecutors, judges and admins; "
                    + "analysts see statistics only");
        }
        query.caseId().ifPresent(id -> {
            if (finder.detail(id, visibility).isEmpty()) {
                cases.recordRefusal(actor, AuditAction.READ_CASE_REFUSED, id, Optional.empty(),
                        "live updates; case not open to the caller, or missing");
                throw new CaseNotFound(id);
            }
        });
        // The feed listens before the follower counts: a follower is told of every change committed
        // after its follow returned, the first follower of the instance included.
        listenToTheFeed();
        Follower follower = admitted(new Follower(ids.incrementAndGet(), actor, visibility, query.caseId(),
                Objects.requireNonNull(updates, "updates")));
        return () -> followers.remove(follower.id());
    }

    // Every follow passes here: one started the feed, the others wait until it listens.
    private synchronized void listenToTheFeed() {
        if (!listening) {
            feed.deliverTo(this::announce);
            listening = true;
        }
    }

    private synchronized Follower admitted(Follower follower) {
        String user = follower.actor().userId();
        long own = followers.values().stream().filter(f -> f.actor().userId().equals(user)).count();
        if (own >= MAX_PER_USER) {
            throw new InvalidValueException("SUBSCRIPTION_LIMIT", "You follow " + own
                    + " live updates already, the most one user may at once; stop one to start another");
        }
        if (followers.size() >= MAX_PER_INSTANCE) {
            throw new InvalidValueException("SUBSCRIPTION_LIMIT", "This instance of Insaf serves as many live updates "
                    + "as it can at the moment; try again later");
        }
        followers.put(follower.id(), follower);
        return follower;
    }

    /** How many follow now on this instance. */
    public int followers() {
        return followers.size();
    }

    /** One batch of the feed: one read of the holders of its cases, then each change to those who may see it. */
    void announce(List<CaseChange> changes) {
        if (followers.isEmpty() || changes.isEmpty()) {
            return;
        }
        Set<CaseId> changed = new LinkedHashSet<>();
        changes.forEach(c -> changed.add(c.caseId()));
        Map<CaseId, CaseHolding> held = holdings.holdingsOf(changed);
        List<Follower> now = List.copyOf(followers.values());
        for (CaseChange change : changes) {
            CaseHolding holding = held.get(change.caseId());
            if (holding == null) {
                continue;
            }
            for (Follower follower : now) {
                if (follower.wants(change, holding)) {
                    deliver(follower, change);
                }
            }
        }
    }

    private static void deliver(Follower follower, CaseChange change) {
        try {
            follower.updates().accept(change);
        } catch (RuntimeException e) {
            // One follower's failure must not keep the change from the others.
            LOG.log(Level.WARNING, "A live update could not be handed to follower " + follower.id(), e);
        }
    }
}
