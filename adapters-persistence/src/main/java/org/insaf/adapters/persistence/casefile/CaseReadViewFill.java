package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import org.insaf.domain.casefile.Case;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the read view of every case that has none of the current format: the cases stored before
 * the read side existed, or before its format last changed. Runs at start-up, in batches of their
 * own transaction (each assembled with the loader's fixed set of statements), in the order of the
 * case ids so each case is visited once; a view is written only if the case is still at the
 * version it was read at, so a save that came first is never overwritten. Running it again
 * changes nothing.
 */
@ApplicationScoped
public class CaseReadViewFill {

    private static final Logger LOG = Logger.getLogger(CaseReadViewFill.class);
    private static final int BATCH = 200;

    private final StoredCases stored;

    CaseReadViewFill(StoredCases stored) {
        this.stored = stored;
    }

    void onStart(@Observes StartupEvent started) {
        int written = fill();
        if (written > 0) {
            LOG.infof("Read views written for %d case(s) stored without one of format %d", written, CaseReadViews.FORMAT);
        }
    }

    /** @return how many views were written */
    public int fill() {
        int written = 0;
        Optional<UUID> after = Optional.empty();
        while (true) {
            Optional<UUID> from = after;
            List<CaseFileEntity> rows = QuarkusTransaction.requiringNew().call(() -> without(from));
            if (rows.isEmpty()) {
                return written;
            }
            written += QuarkusTransaction.requiringNew().call(() -> write(rows));
            after = Optional.of(rows.get(rows.size() - 1).id);
            LOG.debugf("Read views: %d written so far", written);
        }
    }

    private static List<CaseFileEntity> without(Optional<UUID> after) {
        String afterId = after.isPresent() ? " and c.id > :after" : "";
        var query = Panache.getEntityManager().createQuery("from CaseFileEntity c where (c.readFormat is null"
                        + " or c.readFormat <> :format)" + afterId + " order by c.id", CaseFileEntity.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("format", CaseReadViews.FORMAT)
                .setMaxResults(BATCH);
        after.ifPresent(id -> query.setParameter("after", id));
        return query.getResultList();
    }

    private int write(List<CaseFileEntity> rows) {
        int written = 0;
        for (Case c : stored.assemble(rows)) {
            written += Panache.getEntityManager().createNativeQuery("""
                            update case_file set read_view = cast(:view as json), read_format = :format
                            where id = :id and version = :version""")
                    .unwrap(NativeQuery.class)
                    .setParameter("view", CaseReadViews.of(c, c.version()), String.class)
                    .setParameter("format", CaseReadViews.FORMAT)
                    .setParameter("id", c.id().value()).setParameter("version", c.version())
                    .executeUpdate();
        }
        return written;
    }
}
