package org.insaf.adapters.persistence.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain: how many entries were checked and, where the chain is
 * broken, the sequence number of the first entry that does not fit and why.
 */
public record AuditChainReport(long entriesChecked, Optional<Long> firstBrokenSequence, Optional<String> reason) {

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }
}
