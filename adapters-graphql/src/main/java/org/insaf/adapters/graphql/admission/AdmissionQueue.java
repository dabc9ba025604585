package org.insaf.adapters.graphql.admission;

import java.util.ArrayDeque;
import java.util.Deque;

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
     * A request arrives. Its ticket is {@link Ticket#running() running} at once when a slot is free,
     * {@link Ticket#waiting() waiting} when the queue has room (then {@code onAdmitted} runs, on the
     * thread that frees a slot, when its turn comes), or {@link Ticket#refused() refused}.
     */
    public Ticket arrive(Runnable onAdmitted) {
        Ticket ticket = new Ticket(onAdmitted);
        synchronized (this) {
            if (running < maxRunning) {
                running++;
                ticket.state = State.RUNNING;
            } else if (waiting.size() < maxWaiting) {
                waiting.addLast(ticket);
                ticket.state = State.WAITING;
            } else {
                ticket.state = State.REFUSED;
            }
        }
        return ticket;
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

    /** One request's slot or place in the queue. */
    public final class Ticket {

        private final Runnable onAdmitted;
        private State state;

        private Ticket(Runnable onAdmitted) {
            this.onAdmitted = onAdmitted;
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
                next.onAdmitted.run();
            }
        }
    }
}
