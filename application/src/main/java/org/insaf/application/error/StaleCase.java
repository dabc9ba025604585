package org.insaf.application.error;

import org.insaf.domain.casefile.CaseId;

/** The case changed since the caller read it; saving would overwrite someone else's change. */
public class StaleCase extends Conflict {

    public StaleCase(CaseId id, long expected, long actual) {
        super("Case " + id + " was changed by someone else (you had version " + expected + ", it is now at version "
                + actual + "); reload it and try again");
    }

    public StaleCase(CaseId id) {
        super("Case " + id + " was changed by someone else since it was loaded; reload it and try again");
    }
}
