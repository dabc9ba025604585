package org.insaf.application.port.out;

import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;

import java.util.Optional;

/** Finds cases: pages of the cases a caller may see, and whether an FIR is already registered. */
public interface CaseFinder {

    boolean firExists(FiaCircle circle, FirNumber firNumber);

    /**
     * A page of cases, newest registration first, their victims without identities; the cursor is the
     * last case of the previous page.
     */
    CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit);
}
