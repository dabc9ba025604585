package org.insaf.adapters.persistence.casefile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.insaf.adapters.persistence.testing.StatementCount;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.port.out.CaseCursor;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseFinder;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of cases with their victims, accused and charges, and one case alone, each cost exactly
 * one SQL statement, whatever the page size, the filter or the caller's visibility.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageStatementCountTest {

    private final String office = "AHTC Count " + UUID.randomUUID().toString().substring(0, 8);
    private final CaseVisibility ofTheOffice = new CaseVisibility(false, Optional.of(office), Optional.of("inv-1"));

    @Inject
    CaseEventWriter writer;

    @Inject
    CaseFinder finder;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void aHundredAndOneChargedCases() {
        ChargedCases.store(writer, office, 101);
    }

    private <T> T counted(long expected, Supplier<T> read) {
        return StatementCount.counted(sessionFactory, expected, read);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void a_page_of_any_size_is_one_statement(int size) {
        CasePage page = counted(1, () -> finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), size));
        assertThat(page.cases()).hasSize(size).allSatisfy(c -> {
            assertThat(c.victims()).hasSize(1);
            assertThat(c.accused()).hasSize(1);
            assertThat(c.charges()).hasSize(1);
        });
        assertThat(page.hasNextPage()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 100})
    void a_page_read_for_some_parts_is_one_statement(int size) {
        CasePage page = counted(1, () -> finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), size,
                Set.of(CaseDetail.Part.VICTIMS)));
        assertThat(page.cases()).hasSize(size).allSatisfy(c -> {
            assertThat(c.victims()).hasSize(1);
            assertThat(c.accused()).as("not asked for").isEmpty();
        });
    }

    @Test
    void a_filtered_page_after_a_cursor_is_one_statement() {
        CaseDetail first = finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), 1).cases().get(0);
        CaseFilter everyFilter = new CaseFilter(Optional.of(CaseStatus.CHARGE_SHEET_FILED), Optional.of(StatuteCode.of("PACHTO-3")),
                Optional.of(office), Optional.empty(), Optional.of(LocalDate.of(2017, 1, 1)), Optional.of(LocalDate.of(2030, 1, 1)));
        CasePage page = counted(1, () -> finder.find(everyFilter, ofTheOffice,
                Optional.of(new CaseCursor(first.registeredOn(), CaseId.of(first.id()))), 100));
        assertThat(page.cases()).hasSize(100);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void a_case_alone_is_one_statement_and_a_hidden_one_too() {
        CaseDetail any = finder.find(CaseFilter.ANY, ofTheOffice, Optional.empty(), 1).cases().get(0);
        assertThat(counted(1, () -> finder.detail(CaseId.of(any.id()), ofTheOffice))).contains(any);
        assertThat(counted(1, () -> finder.detail(CaseId.of(any.id()),
                new CaseVisibility(false, Optional.of("another office"), Optional.empty())))).isEmpty();
    }
}
