package org.insaf.adapters.graphql.admission;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.graphql.GraphQLEndpoint;
import org.insaf.adapters.graphql.error.ErrorCode;
import org.jboss.logging.Logger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Admission control in front of {@code /graphql}: at most {@code insaf.graphql.admission.max-running}
 * executions at once, up to {@code max-waiting} more waiting their turn for at most {@code max-wait},
 * and any other answered at once with HTTP 503, {@code Retry-After} and the code {@code OVERLOADED}.
 * Memory and CPU are bounded by the executions admitted, not by the number of clients.
 * <p>
 * A Quarkus HTTP filter before authentication: a request takes its place in the queue before its
 * token is checked, so that only a request with a slot pays for the check (verifying a token's
 * signature costs more than a refusal; when the check came first, a crowd arriving as a slot freed
 * was authenticated, each of them, to be refused after). A request that carries no
 * {@code Authorization} header takes no place: with room in the queue it goes on and is answered 401,
 * and while the queue is full it is refused like any other. A request with a token that turns out
 * invalid holds its slot until it is answered 401, which is at once. A caller without a valid token
 * thus gets 503 rather than 401 while the queue is full: it learns nothing but that the service is
 * busy. A waiting request stays paused (Quarkus pauses every request until a route reads its body),
 * so its body stays unread in the connection; when its turn comes it is passed on, still paused, on
 * its own Vert.x context (where Quarkus keeps the request's security and context locals), and the
 * GraphQL route's body handler resumes it. Its slot is given back when the response ends, fails or the
 * connection closes, once (see {@code done()}); a client that disconnects while waiting leaves the
 * queue. Health and metrics are other paths, never throttled. AdmissionControlApiTest holds
 * executions and checks each of these through HTTP.
 */
@ApplicationScoped
public class AdmissionControl {

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    /** Above authentication (200), below CORS (300): a request takes its place before its token is checked. */
    static final int PRIORITY = 250;

    private static final long CLOSED_CHECK_MILLIS = 250;

    private final AdmissionQueue queue;
    private final Duration maxWait;
    /**
     * A refusal of a full queue is answered after this pause (insaf.graphql.admission.refusal-delay):
     * a client that ignores Retry-After and asks again at once is slowed to one request per pause,
     * and a crowd of such clients cannot spend the CPU the admitted executions need on refusals.
     * At most 40 ms, so that a refusal is still answered well within 50 ms.
     */
    private final long refusalDelayMillis;
    static final long REFUSAL_DELAY_BOUND_MILLIS = 40;
    private final String retryAfterSeconds;
    private final String overloadedMessage;
    private final String overloadedBody;
    private final Counter queued = Counter.builder("insaf.graphql.admission.queued")
            .description("GraphQL executions that waited for their turn").register(Metrics.globalRegistry);
    private final Counter refusedFull = refusals("queue_full");
    private final Counter refusedLate = refusals("waited_too_long");

    public AdmissionControl(@ConfigProperty(name = "insaf.graphql.admission.max-running") Optional<Integer> maxRunning,
                            @ConfigProperty(name = "insaf.graphql.admission.max-waiting", defaultValue = "16") int maxWaiting,
                            @ConfigProperty(name = "insaf.graphql.admission.max-wait", defaultValue = "2S") Duration maxWait,
                            @ConfigProperty(name = "insaf.graphql.admission.retry-after", defaultValue = "1S") Duration retryAfter,
                            @ConfigProperty(name = "insaf.graphql.admission.refusal-delay", defaultValue = "20MS") Duration refusalDelay) {
        this.queue = new AdmissionQueue(maxRunning.orElse(2 * Runtime.getRuntime().availableProcessors()), maxWaiting);
        if (maxWait.isNegative() || maxWait.isZero() || maxWait.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("insaf.graphql.admission.max-wait must be above 0 and at most a minute, not " + maxWait);
        }
        if (retryAfter.toSeconds() < 1 || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("insaf.graphql.admission.retry-after must be 1 second to an hour, not " + retryAfter);
        }
        if (refusalDelay.isNegative() || refusalDelay.compareTo(Duration.ofMillis(REFUSAL_DELAY_BOUND_MILLIS)) > 0) {
            throw new IllegalArgumentException("insaf.graphql.admission.refusal-delay must be 0 to "
                    + REFUSAL_DELAY_BOUND_MILLIS + " ms, not " + refusalDelay);
        }
        this.refusalDelayMillis = refusalDelay.toMillis();
        this.maxWait = maxWait;
        this.retryAfterSeconds = Long.toString(retryAfter.toSeconds());
        this.overloadedMessage = "Insaf is answering as many requests as it can at the moment: try again in "
                + retryAfterSeconds + (retryAfter.toSeconds() == 1 ? " second" : " seconds");
        this.overloadedBody = "{\"errors\":[{\"message\":\"" + overloadedMessage
                + "\",\"extensions\":{\"code\":\"" + ErrorCode.OVERLOADED.name() + "\"}}]}";
        LOG.infof("GraphQL admission: %d executions at once, %d waiting at most %s", queue.maxRunning(), queue.maxWaiting(), maxWait);
    }

    private static Counter refusals(String reason) {
        return Counter.builder("insaf.graphql.admission.refused").tag("reason", reason)
                .description("GraphQL executions answered 503 OVERLOADED").register(Metrics.globalRegistry);
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    /** A refusal because every slot and place is taken: answered after the refusal delay. */
    private void refuseFull(RoutingContext rc) {
        refusedFull.increment();
        if (refusalDelayMillis == 0) {
            refuse(rc);
            return;
        }
        rc.vertx().setTimer(refusalDelayMillis, ignored -> {
            if (!rc.response().closed() && !rc.response().ended()) {
                refuse(rc);
            }
        });
    }

    private void refuse(RoutingContext rc) {
        // The body is read and dropped, so the connection stays usable for the client's next request.
        rc.request().resume();
        rc.response().setStatusCode(503).setStatusMessage("Service Unavailable")
                .putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(overloadedBody);
    }

    /** What is queued now, for the tests that hold executions. */
    public AdmissionQueue queue() {
        return queue;
    }

    /**
     * Admits an execution that has no HTTP request of its own (an operation sent over the
     * WebSocket) under the same limits and queue: {@code run} now or when its turn comes (on
     * {@code context}), or {@code refuse} with the OVERLOADED message when the queue is full or its
     * wait is over. {@code run} leaves the ticket it is given when the execution is over.
     */
    public void admit(Vertx vertx, Context context, Consumer<AdmissionQueue.Ticket> run, Consumer<String> refuse) {
        AtomicLong timer = new AtomicLong(-1);
        AdmissionQueue.Ticket ticket = queue.arrive(admitted -> context.runOnContext(ignored -> {
            vertx.cancelTimer(timer.get());
            run.accept(admitted);
        }));
        switch (ticket.arrival()) {
            case ADMITTED -> run.accept(ticket);
            case REFUSED -> {
                refusedFull.increment();
                refuse.accept(overloadedMessage);
            }
            case QUEUED -> timer.set(awaitTurn(vertx, ticket, () -> refuse.accept(overloadedMessage)));
        }
    }

    /**
     * A queued ticket waits at most max-wait: then, unless it was admitted meanwhile, it gives up
     * its place and {@code refuse} answers it. Returns the timer, to be cancelled when admitted.
     */
    private long awaitTurn(Vertx vertx, AdmissionQueue.Ticket ticket, Runnable refuse) {
        queued.increment();
        return vertx.setTimer(maxWait.toMillis(), ignored -> {
            if (ticket.giveUp()) {
                refusedLate.increment();
                refuse.run();
            }
        });
    }

    private static boolean isExecution(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        return GraphQLEndpoint.isAddressed(rc) && (method == HttpMethod.POST || method == HttpMethod.GET)
                && !GraphQLEndpoint.asksForWebSocket(rc);
    }

    private void admit(RoutingContext rc) {
        if (!isExecution(rc)) {
            rc.next();
            return;
        }
        if (!rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            // Without a token it will be answered 401 at once: no place, unless there is none to give.
            if (queue.full()) {
                refuseFull(rc);
            } else {
                rc.next();
            }
            return;
        }
        rc.request().pause();
        new Arrival(rc, Vertx.currentContext()).arrive();
    }

    /** One request on its way in: its ticket, its wait, and how it is let through or refused. */
    private final class Arrival {

        private final RoutingContext rc;
        private final Context context;
        private volatile AdmissionQueue.Ticket ticket;
        private volatile long timer = -1;
        private volatile long closedCheck = -1;

        Arrival(RoutingContext rc, Context context) {
            this.rc = rc;
            this.context = context;
        }

        void arrive() {
            rc.addEndHandler(ignored -> done());
            rc.addBodyEndHandler(ignored -> done());
            ticket = queue.arrive(admitted -> context.runOnContext(ignored -> proceed()));
            switch (ticket.arrival()) {
                case ADMITTED -> proceed();
                case REFUSED -> refuseFull(rc);
                case QUEUED -> timer = awaitTurn(rc.vertx(), ticket, () -> refuse(rc));
            }
        }

        /**
         * Frees the slot or the place, once, however the exchange ends. Before the GraphQL handler
         * runs, the routing context's end handlers see the response end and the connection close.
         * That handler then sets the response's end, close and exception handlers itself, which
         * drops those; so an admitted request is also seen ending by its body-end handler (which it
         * keeps), and seen losing its client by a check of the response every
         * {@link #CLOSED_CHECK_MILLIS} ms while it runs (at most max-running such checks at once).
         */
        private void done() {
            rc.vertx().cancelTimer(closedCheck);
            ticket.leave();
        }

        private void proceed() {
            if (timer != -1) {
                rc.vertx().cancelTimer(timer);
            }
            if (rc.response().closed() || rc.response().ended()) {
                done();
                return;
            }
            closedCheck = rc.vertx().setPeriodic(CLOSED_CHECK_MILLIS, ignored -> {
                if (rc.response().closed() || rc.response().ended()) {
                    done();
                }
            });
            // Still paused: authentication comes next and may finish on another task; the body handler resumes it.
            rc.request().pause();
            rc.next();
        }
    }
}
