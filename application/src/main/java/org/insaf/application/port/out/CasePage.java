package org.insaf.application.port.out;

import org.insaf.domain.casefile.Case;

import java.util.List;

/** One page of cases and whether more follow. */
public record CasePage(List<Case> cases, boolean hasNextPage) {

    public CasePage {
        cases = List.copyOf(cases);
    }
}
