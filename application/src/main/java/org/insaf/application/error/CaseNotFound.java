package org.insaf.application.error;

import org.insaf.domain.casefile.CaseId;

/**
 * No case with that id is open to the caller. The same answer whether the case does not exist or
 * exists but is hidden from the caller, so that a refusal never reveals a case.
 */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(CaseId id) {
        super("Case " + id + " does not exist or is not open to you");
    }

    /** Another thing that is missing or hidden alike (a person of cases the caller may not see). */
    protected CaseNotFound(String message) {
        super(message);
    }
}
