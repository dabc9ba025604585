package org.insaf.application.port.out;

import org.insaf.application.casefile.live.CaseHolding;
import org.insaf.domain.casefile.CaseId;

import java.util.Collection;
import java.util.Map;

/** Who holds each of some cases now: one read for them all. Cases that do not exist are left out. */
public interface CaseHoldings {

    Map<CaseId, CaseHolding> holdingsOf(Collection<CaseId> cases);
}
