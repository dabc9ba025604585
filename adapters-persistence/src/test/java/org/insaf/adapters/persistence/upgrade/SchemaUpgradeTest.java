package org.insaf.adapters.persistence.upgrade;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.flywaydb.core.Flyway;
import org.insaf.adapters.persistence.testing.FiguresFromScratch;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.VerdictEffect;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written at schema version 9 ({@link DatabaseAtVersion9}) is upgraded by the service's
 * own start to the latest schema, and then holds the same cases: loaded as aggregates, read through
 * the read side (whose views the start wrote), counted in the figures (the counters the upgrade
 * filled equal the figures counted from scratch and the numbers worked out by hand below), and
 * changed by a command as any case.
 */
@QuarkusTest
@TestProfile(SchemaUpgradeTest.FromVersion9.class)
class SchemaUpgradeTest {

    public static class FromVersion9 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseAtVersion9.class));
        }
    }

    private static final CaseId DECIDED = CaseId.of("00000000-0000-0000-0000-0000000000c1");
    private static final CaseId INVESTIGATED = CaseId.of("00000000-0000-0000-0000-0000000000c2");
    private static final CaseId CLOSED = CaseId.of("00000000-0000-0000-0000-0000000000c3");
    private static final StatuteCode PACHTO = StatuteCode.of("PACHTO-3");

    private final Actor admin = new Actor("upg-admin", Set.of(Role.ADMIN), Optional.empty());
    private final Actor investigator = new Actor("upg-investigator", Set.of(Role.INVESTIGATOR),
            Optional.of("FIA-AHTC-LAHORE"));

    @Inject CaseLoader loader;
    @Inject GetCaseQuery getCase;
    @Inject ProsecutionStatistics statistics;
    @Inject AddAccusedUseCase addAccused;
    @Inject EntityManager em;
    @Inject Flyway flyway;

    @Test
    void every_migration_ran() {
        String url = (String) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select current_database()").getSingleResult());
        assertThat(url).isEqualTo(DatabaseAtVersion9.DATABASE);
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion())
                .isEqualTo(flyway.info().all()[flyway.info().all().length - 1].getVersion().getVersion());
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("9", "10", "15");
    }

    @Test
    void the_decided_case_keeps_its_verdicts_sentence_and_dates() {
        Case decided = QuarkusTransaction.requiringNew().call(() -> loader.load(DECIDED).orElseThrow());
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.version()).isEqualTo(12);
        assertThat(decided.office().code()).isEqualTo("FIA-AHTC-LAHORE");
        assertThat(decided.registeredAt().code()).isEqualTo("FIA-AHTC-LAHORE");
        assertThat(decided.statusDates()).containsEntry(CaseStatus.DECIDED, LocalDate.of(2016, 9, 1))
                .containsEntry(CaseStatus.CHARGE_SHEET_FILED, LocalDate.of(2016, 3, 1)).hasSize(5);
        assertThat(decided.victims()).extracting(v -> v.pseudonym().toString())
                .containsExactly("V-2016-000001", "V-2016-000002");
        assertThat(decided.accused()).hasSize(2);
        Offence convicted = decided.offences().get(0);
        assertThat(convicted.verdictGiven()).hasValueSatisfying(v -> {
            assertThat(v.outcome()).isEqualTo(VerdictOutcome.CONVICTED);
            assertThat(v.effect()).isEqualTo(VerdictEffect.CONVICTION);
            assertThat(v.onGuiltyPlea()).isFalse();
        });
        assertThat(convicted.sentencePassed()).hasValueSatisfying(s -> {
            assertThat(s.termOfImprisonment()).contains(Period.ofYears(10));
            assertThat(s.fineAmount()).contains(Rupees.of(500000));
        });
        // A withdrawal stored before V13 was made at trial, after the charge was framed: an acquittal (s.494(b) CrPC).
        assertThat(decided.offences().get(1).verdictGiven()).hasValueSatisfying(v -> {
            assertThat(v.outcome()).isEqualTo(VerdictOutcome.WITHDRAWN);
            assertThat(v.effect()).isEqualTo(VerdictEffect.ACQUITTAL);
        });
        assertThat(decided.hearings()).singleElement().satisfies(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2016, 4, 15)));
        assertThat(decided.recordedFacts()).hasValueSatisfying(f -> assertThat(f.offenceDate()).isEqualTo(LocalDate.of(2015, 12, 20)));
        for (var accused : decided.accused()) {
            assertThat(decided.custodyOf(accused.trafficker().id()).status()).as("custody known for every accused")
                    .isIn((Object[]) CustodyStatus.values());
        }
    }

    @Test
    void the_read_side_answers_what_the_upgraded_aggregates_say() {
        for (CaseId id : List.of(DECIDED, INVESTIGATED, CLOSED)) {
            CaseDetail read = QuarkusTransaction.requiringNew().call(() -> getCase.getCase(admin, id));
            CaseDetail projected = QuarkusTransaction.requiringNew().call(() -> CaseProjection.of(loader.load(id).orElseThrow()));
            assertThat(read).as("case %s", id).isEqualTo(projected);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> getCase.getCase(admin, INVESTIGATED)).otherSections())
                .containsExactly("s.420 PPC");
    }

    @Test
    void the_figures_of_the_stored_cases_are_counted_as_before() {
        // By hand from v9-cases.sql. 2016: case 1's two accused and case 3's one, added in 2016 to cases
        // registered under PACHTO-3, are investigated; case 1's charge sheet of 2016-03-01 names both
        // (prosecuted 2); one is convicted on 2016-09-01 (the withdrawal is no conviction). 2017: case 2's
        // accused, added on 2017-02-01, investigated; nobody charged.
        assertThat(row(figures(2016))).isEqualTo(new StatuteFigures(PACHTO, 3, 2, 1));
        assertThat(row(figures(2017))).isEqualTo(new StatuteFigures(PACHTO, 1, 0, 0));
        // Victims of cases registered in the year: 2016 a girl of 14 on the offence date and a man of 30.
        assertThat(figures(2016).victimsBySex().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(figures(2017).victimsBySex().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        countersEqualTheFiguresFromScratch();
    }

    @Test
    void an_upgraded_case_takes_new_commands_and_stays_counted() {
        long before = QuarkusTransaction.requiringNew().call(() -> loader.load(INVESTIGATED).orElseThrow()).version();
        addAccused.addAccused(new AddAccusedUseCase.Command(investigator, INVESTIGATED, Optional.of(before),
                Trafficker.person(PersonId.random(), "Upgrade Sub-agent", Set.of(TraffickerRole.RECRUITER),
                        CountryCode.PAKISTAN), Optional.empty(), Optional.of(LocalDate.of(2018, 3, 4))));
        Case after = QuarkusTransaction.requiringNew().call(() -> loader.load(INVESTIGATED).orElseThrow());
        assertThat(after.version()).isEqualTo(before + 1);
        assertThat(after.accused()).hasSize(2);
        assertThat(row(figures(2018))).isEqualTo(new StatuteFigures(PACHTO, 1, 0, 0));
        countersEqualTheFiguresFromScratch();
    }

    private YearlyFigures figures(int year) {
        return QuarkusTransaction.requiringNew().call(() -> statistics.figuresFor(year));
    }

    private static StatuteFigures row(YearlyFigures figures) {
        return figures.statutes().stream().filter(s -> s.statute().equals(PACHTO)).findFirst()
                .orElse(new StatuteFigures(PACHTO, 0, 0, 0));
    }

    private void countersEqualTheFiguresFromScratch() {
        QuarkusTransaction.requiringNew().run(() -> {
            FiguresFromScratch fromScratch = new FiguresFromScratch(em);
            for (int year = 2014; year <= LocalDate.now().getYear(); year++) {
                assertThat(statistics.figuresFor(year)).as("%d", year).isEqualTo(fromScratch.figuresFor(year));
            }
        });
    }
}
