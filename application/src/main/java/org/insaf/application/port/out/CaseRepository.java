package org.insaf.application.port.out;

import org.insaf.application.casefile.CaseRecord;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;

import java.util.Optional;

/** Stores cases with their assignment and recorded facts, one version per stored state. */
public interface CaseRepository {

    Optional<CaseRecord> load(CaseId id);

    /**
     * Stores a new case (version 0) or a changed one, and returns the new version. Refuses with
     * {@link org.insaf.application.error.StaleCase} when the stored version is no longer the one the
     * record was loaded at: nothing is overwritten.
     */
    long save(CaseRecord record);

    boolean firExists(FiaCircle circle, FirNumber firNumber);

    /** A page of cases, newest registration first; the cursor is the last case of the previous page. */
    CasePage find(CaseFilter filter, CaseVisibility visibility, Optional<CaseCursor> after, int limit);
}
