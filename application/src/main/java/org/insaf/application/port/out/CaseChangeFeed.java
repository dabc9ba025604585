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

    /** Starts the feed, if it is not running, and hands every batch from now on to the listener. */
    void deliverTo(Consumer<List<CaseChange>> listener);
}
