package org.insaf.adapters.persistence.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.hibernate.orm.panache.Panache;
import org.insaf.domain.person.registry.NameNormaliser;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Makes the name keys of persons whose keys an older normaliser made, or none (the persons V17 made
 * from the accused before it): at start, in batches, before the service answers.
 */
@ApplicationScoped
public class PersonNameKeys {

    private static final Logger LOG = Logger.getLogger(PersonNameKeys.class);
    private static final int BATCH = 1000;

    void onStart(@Observes StartupEvent started) {
        int made = remake();
        if (made > 0) {
            LOG.infof("Person name keys made for %d person(s) (normaliser version %d)", made, NameNormaliser.VERSION);
        }
    }

    /** Remakes every outdated person's keys; answers how many persons it did. */
    public int remake() {
        int total = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<PersonEntity> rows = Panache.getEntityManager().createQuery(
                                "FROM PersonEntity WHERE keyVersion <> :version ORDER BY id", PersonEntity.class)
                        .setParameter("version", NameNormaliser.VERSION).setMaxResults(BATCH).getResultList();
                PersonRows.rekey(Panache.getEntityManager(), rows);
                return rows.size();
            });
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }
}
