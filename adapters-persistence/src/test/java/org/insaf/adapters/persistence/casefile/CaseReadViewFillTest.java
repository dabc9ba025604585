package org.insaf.adapters.persistence.casefile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases stored without a read view (before the read side), or with a view of another format, are
 * read the same through the aggregate until the start-up fill writes their view; the fill writes
 * exactly those, and running it again writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class CaseReadViewFillTest {

    @Inject
    CaseEventWriter writer;

    @Inject
    CaseFinder finder;

    @Inject
    CaseLoader loader;

    @Inject
    CaseReadViewFill fill;

    @Test
    void views_missing_or_of_another_format_are_read_alike_then_written_once() {
        String office = "AHTC Fill " + UUID.randomUUID().toString().substring(0, 8);
        ChargedCases.store(writer, office, 5);
        CaseVisibility ofTheOffice = new CaseVisibility(false, Optional.of(office), Optional.empty());
        List<CaseDetail> before = QuarkusTransaction.requiringNew().call(() ->
                finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), 10).cases());
        List<CaseId> ids = before.stream().map(c -> CaseId.of(c.id())).toList();
        StoredReadViews.forget(ids.subList(0, 2), null);
        StoredReadViews.forget(ids.subList(2, 3), (short) (CaseReadViews.FORMAT + 1));

        assertThat(QuarkusTransaction.requiringNew().call(() ->
                finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), 10).cases()))
                .as("read through the aggregate meanwhile").isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> finder.detail(ids.get(0), ofTheOffice))).contains(before.get(0));

        assertThat(fill.fill()).isEqualTo(3);
        ids.forEach(id -> StoredReadViews.assertCurrent(loader, id));
        assertThat(fill.fill()).isZero();
        assertThat(before).allSatisfy(c -> assertThat(c).isEqualTo(QuarkusTransaction.requiringNew().call(() ->
                CaseProjection.of(loader.load(CaseId.of(c.id())).orElseThrow()))));
    }
}
