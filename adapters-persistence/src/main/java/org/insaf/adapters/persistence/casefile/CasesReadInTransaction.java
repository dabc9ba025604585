package org.insaf.adapters.persistence.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.offence.OffenceFacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the current transaction read of each case (or last wrote of it), so that a save can write
 * only what changed since. It lives and dies with the transaction (the JTA registry's resources),
 * so it never outlives a rollback and is never shared between transactions. Outside a transaction
 * nothing is kept, and a save then rewrites the case's parts whole.
 */
@ApplicationScoped
class CasesReadInTransaction {

    /** A case as the database holds it at {@code version} within this transaction. */
    record Stored(long version, CaseSnapshot snapshot, Optional<OffenceFacts> recordedFacts) {
    }

    private static final Object KEY = CasesReadInTransaction.class;

    private final TransactionSynchronizationRegistry registry;

    CasesReadInTransaction(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    void remember(Stored stored) {
        cases().ifPresent(cases -> cases.put(stored.snapshot().id().value(), stored));
    }

    /** The case as this transaction read or wrote it, if that was at {@code version}. */
    Optional<Stored> at(UUID id, long version) {
        return cases().map(cases -> cases.get(id)).filter(stored -> stored.version() == version);
    }

    void forget(UUID id) {
        cases().ifPresent(cases -> cases.remove(id));
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<UUID, Stored>> cases() {
        if (registry.getTransactionKey() == null) {
            return Optional.empty();
        }
        Map<UUID, Stored> cases = (Map<UUID, Stored>) registry.getResource(KEY);
        if (cases == null) {
            cases = new HashMap<>();
            registry.putResource(KEY, cases);
        }
        return Optional.of(cases);
    }
}
