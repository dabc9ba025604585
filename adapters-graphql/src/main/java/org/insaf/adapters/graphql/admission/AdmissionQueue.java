package org.insaf.adapters.graphql.admission;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * At most {@code maxRunning} executions at once; up to {@code maxWaiting} more wait their turn,
 * first come first served; beyond that a request is refused at once. Each request holds one
 * {@link Ticket}, whose slot or place is given back exactly once, however the request ends
 * (answered, refused, given up, or its client gone).
 */
public final class AdmissionQueue {

    private final int maxRunning;
    private final int maxWaiting;
    private int running;
    private final Deque<Ticket> waiting = new ArrayDeque<>();

    public AdmissionQueue(int maxRunning, int maxWaiting) {
        if (maxRunning < 1) {
            throw new IllegalArgumentException("At least one GraphQL execution must be allowed at once, not " + maxRunning);
        }
        if (maxWaiting < 0) {
            throw new IllegalArgumentException("The number of requests that may wait cannot be negative: " + maxWaiting);
        }
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
    }

    /**
     * A request arrives. Its ticket {@link Ticket#arrival() arrived} {@link Arrival#ADMITTED admitted}
     * when a slot was free, {@link Arrival#QUEUED queued} when the queue had room (then
     * {@code onAdmitted} is given it, once, on the thread that frees a slot, when its turn comes), or
     * {@link Arrival#REFUSED refused}.
     * <p>
     * The caller acts on {@link Ticket#arrival()}, fixed here under the lock, never on the ticket's
     * state read afterwards: a queued ticket may be admitted by another thread before the caller
     * looks, and the caller then leaves starting it to {@code onAdmitted}; starting it as well would
     * run one request twice (a fleet run saw a request answered 400 'Missing operation body' by its
     * second run while its first read the body).
     */
    public Ticket arrive(Consumer<Ticket> onAdmitted) {
        synchronized (this) {
            Ticket ticket;
            if (running < maxRunning) {
                running++;
                ticket = new Ticket(onAdmitted, Arrival.ADMITTED, State.RUNNING);
            } else if (waiting.size() < maxWaiting) {
                ticket = new Ticket(onAdmitted, Arrival.QUEUED, State.WAITING);
                waiting.addLast(ticket);
            } else {
                ticket = new Ticket(onAdmitted, Arrival.REFUSED, State.REFUSED);
            }
            return ticket;
        }
    }

    /** Every slot taken and every place in the queue too: a request arriving now would be refused. */
    public synchronized boolean full() {
        return running >= maxRunning && waiting.size() >= maxWaiting;
    }

    public synchronized int runningNow() {
        return running;
    }

    public synchronized int waitingNow() {
        return waiting.size();
    }

    public int maxRunning() {
        return maxRunning;
    }

    public int maxWaiting() {
        return maxWaiting;
    }

    private enum State { RUNNING, WAITING, REFUSED, DONE }

    /** What a request found when it arrived: a free slot, a place in the queue, or neither. */
    public enum Arrival { ADMITTED, QUEUED, REFUSED }

    /** One request's slot or place in the queue. */
    public final class Ticket {

        private final Consumer<Ticket> onAdmitted;
        private final Arrival arrival;
        private State state;

        private Ticket(Consumer<Ticket> onAdmitted, Arrival arrival, State state) {
            this.onAdmitted = onAdmitted;
            this.arrival = arrival;
            this.state = state;
        }

        /** What the request found when it arrived; the caller starts it at once only when {@link Arrival#ADMITTED}. */
        public Arrival arrival() {
            return arrival;
        }

        public boolean running() {
            synchronized (AdmissionQueue.this) {
                return state == State.RUNNING;
            }
        }

        public boolean waiting() {
            synchronized (AdmissionQueue.this) {
                return state == State.WAITING;
            }
        }

        public boolean refused() {
            synchronized (AdmissionQueue.this) {
                return state == State.REFUSED;
            }
        }

        /**
         * Stops waiting (the wait is over): true when the ticket was still waiting, so the caller
         * refuses the request; false when it was admitted meanwhile or has already left.
         */
        public boolean giveUp() {
            synchronized (AdmissionQueue.this) {
                if (state != State.WAITING) {
                    return false;
                }
                waiting.remove(this);
                state = State.REFUSED;
                return true;
            }
        }

        /**
         * The request is over, however it ended: a running ticket hands its slot to the first one
         * waiting (or frees it), a waiting one leaves the queue. Only the first call counts.
         */
        public void leave() {
            Ticket next = null;
            synchronized (AdmissionQueue.this) {
                if (state == State.WAITING) {
                    waiting.remove(this);
                } else if (state == State.RUNNING) {
                    next = waiting.pollFirst();
                    if (next == null) {
                        running--;
                    } else {
                        next.state = State.RUNNING;
                    }
                }
                state = State.DONE;
            }
            if (next != null) {
                next.onAdmitted.accept(next);
            }
        }
    }
}
