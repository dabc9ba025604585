package org.insaf.adapters.persistence.pseudonym;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.insaf.application.port.out.PseudonymSequence;

/**
 * Pseudonym numbers from a counter row per year. The upsert takes the row lock, so two concurrent
 * victims of the same year never get the same number; a rolled-back transaction takes its
 * increment with it, so the numbers have no gaps.
 */
@ApplicationScoped
public class PostgresPseudonymSequence implements PseudonymSequence {

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(int year) {
        Object value = Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO pseudonym_counter (year, last_value) VALUES (:year, 1)
                        ON CONFLICT (year) DO UPDATE SET last_value = pseudonym_counter.last_value + 1
                        RETURNING last_value""")
                .setParameter("year", year)
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
