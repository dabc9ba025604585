package org.insaf.application.port.out;

import org.insaf.application.casefile.CaseRecord;

import java.util.List;

/** One page of cases and whether more follow. */
public record CasePage(List<CaseRecord> cases, boolean hasNextPage) {

    public CasePage {
        cases = List.copyOf(cases);
    }
}
