package org.insaf.application.casefile;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.offence.OffenceFacts;

import java.util.Objects;
import java.util.Optional;

/**
 * What the case repository stores as one unit with one version: the case, who is assigned to it,
 * and the facts the investigation has recorded so far (the basis for charge advice).
 */
public record CaseRecord(Case caseFile, CaseAssignment assignment, Optional<OffenceFacts> recordedFacts) {

    public CaseRecord {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(recordedFacts, "recordedFacts");
    }

    public CaseRecord withAssignment(CaseAssignment newAssignment) {
        return new CaseRecord(caseFile, newAssignment, recordedFacts);
    }

    public CaseRecord withFacts(OffenceFacts facts) {
        return new CaseRecord(caseFile, assignment, Optional.of(facts));
    }
}
