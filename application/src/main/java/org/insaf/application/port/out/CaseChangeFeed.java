package org.insaf.application.port.out;

import org.insaf.application.casefile.live.CaseChange;

import java.util.List;
import java.util.function.Consumer;

/**
 * The committed changes of every case, from whichever instance of the service made them. Delivery
 * is at most once and may pause (while the store is unreachable); changes are announced in the
 * order they were committed, in batches of what arrived together.
 */
public interface CaseChangeFeed {

    /**
     * Starts the feed, if it is not running, and hands the listener every batch committed after this
     * returns: it returns once the feed listens, or after a bounded wait while the store is away.
     */
    void deliverTo(Consumer<List<CaseChange>> listener);
}
