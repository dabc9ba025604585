package org.insaf.adapters.persistence.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.domain.casefile.CaseId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The read view a case's row holds, read as stored (no fallback), and what it must be. */
final class StoredReadViews {

    private StoredReadViews() {
    }

    /** Fails unless the row holds a view of the current format equal to the projection of the stored case. */
    static CaseDetail assertCurrent(CaseLoader loader, CaseId id) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Panache.getEntityManager()
                .createNativeQuery("select read_format, cast(read_view as text) from case_file where id = :id")
                .setParameter("id", id.value()).getSingleResult());
        assertThat(row[0]).as("read_format of case " + id).isNotNull();
        assertThat(((Number) row[0]).intValue()).as("read_format of case " + id).isEqualTo(CaseReadViews.FORMAT);
        CaseDetail stored = CaseReadViews.read(((String) row[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CaseDetail expected = QuarkusTransaction.requiringNew().call(() -> CaseProjection.of(loader.load(id).orElseThrow()));
        assertThat(stored).as("read view of case " + id).isEqualTo(expected);
        return stored;
    }

    /** Makes the rows look as if stored before the read side (no view), or with a view of another format. */
    static void forget(List<CaseId> ids, Short format) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update case_file set read_view = case when :format is null then null else read_view end,"
                        + " read_format = cast(:format as smallint) where id in (:ids)")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("format", format, Short.class)
                .setParameterList("ids", ids.stream().map(CaseId::value).toList())
                .executeUpdate());
    }
}
