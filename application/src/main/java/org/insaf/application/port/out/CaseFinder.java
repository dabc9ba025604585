package org.insaf.application.port.out;

import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of cases: a case, and pages of cases, as they are read ({@link CaseDetail}, never an
 * aggregate), only those the caller may see; and whether an FIR is already registered. Victims come
 * without their identities.
 */
public interface CaseFinder {

    /** Whether the office of this code registered an FIR of this number (a transfer does not move the FIR). */
    boolean firExists(FiaCircle circle, FirNumber firNumber);

    /** The case, if it exists and the visibility admits it; the same answer (empty) for both refusals. */
    Optional<CaseDetail> detail(CaseId id, CaseVisibility visibility);

    /**
     * A page of cases, newest registration first; the cursor is the last case of the previous page.
     */
    default CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit) {
        return find(filter, visibility, after, limit, CaseDetail.Part.ALL);
    }

    /**
     * A page of cases as {@link #find(CaseFilter, CaseVisibility, Optional, int)} gives it, each case
     * holding at least the parts asked for; an adapter may leave the others empty, and so read less.
     */
    CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit,
                  Set<CaseDetail.Part> parts);

    /**
     * Of these cases, those that exist and the visibility admits: what the access rules give for
     * each, decided together (one statement however many) rather than by loading each case.
     */
    Set<CaseId> visibleAmong(Collection<CaseId> ids, CaseVisibility visibility);
}
