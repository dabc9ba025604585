package org.insaf.application.casefile.desk;

import org.insaf.domain.casefile.CaseStage;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as a cause list, a desk or a queue shows it: its FIR, the office, where it stands, the
 * accused with where each is, and the victims by pseudonym only (never an identity).
 *
 * @param registeredAt the office whose FIR number it is (where the FIR was recorded)
 * @param office       the office that holds the case now
 * @param anyVerdict   whether a verdict is recorded on any of its charges
 */
public record CaseOnList(String caseId, String firNumber, String registeredAt, String office, LocalDate registeredOn,
                         CaseStatus status, boolean anyVerdict, List<AccusedOnList> accused,
                         List<String> victimPseudonyms) {

    public CaseOnList {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(status, "status");
        accused = accused == null ? List.of() : List.copyOf(accused);
        victimPseudonyms = victimPseudonyms == null ? List.of() : List.copyOf(victimPseudonyms);
    }

    /** Empty for a case disposed of. */
    public Optional<CaseStage> stage() {
        return CaseStage.of(status, anyVerdict);
    }

    /** Whether any accused is in custody: an under-trial prisoner's case. */
    public boolean anyInCustody() {
        return accused.stream().anyMatch(a -> a.custody() == CustodyStatus.IN_CUSTODY);
    }

    /** An accused person or organisation, in the order they were added, and where they are now. */
    public record AccusedOnList(String name, CustodyStatus custody) {
        public AccusedOnList {
            Objects.requireNonNull(name, "name");
            custody = custody == null ? CustodyStatus.NOT_ARRESTED : custody;
        }
    }
}
