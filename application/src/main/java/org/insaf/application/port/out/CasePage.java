package org.insaf.application.port.out;

import org.insaf.application.casefile.read.CaseDetail;

import java.util.List;

/** One page of cases as they are read, and whether more follow. */
public record CasePage(List<CaseDetail> cases, boolean hasNextPage) {

    public CasePage {
        cases = List.copyOf(cases);
    }
}
