package org.insaf.application.casefile.live;

import org.insaf.domain.casefile.Agency;

import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a case now, as the access rules read it: the investigating office (of its agency) and
 * the users in the places that make a case visible. Nothing else about the case.
 */
public record CaseHolding(String office, Agency agency, Optional<String> leadInvestigator, Optional<String> prosecutor,
                          Optional<String> judge) {

    public CaseHolding {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(leadInvestigator, "leadInvestigator");
        Objects.requireNonNull(prosecutor, "prosecutor");
        Objects.requireNonNull(judge, "judge");
    }
}
