package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.CaseId;

/** One case, for whoever may see it; a case the caller may not see is answered as not found. */
public interface GetCaseQuery {

    CaseDetail getCase(Actor actor, CaseId caseId);
}
