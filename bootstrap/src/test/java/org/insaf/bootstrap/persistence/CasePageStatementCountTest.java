package org.insaf.bootstrap.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.application.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseRecord;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CasePage;
import org.insaf.application.port.out.CaseRepository;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of cases with their victims, accused and offences costs the same number of SQL
 * statements whatever its size: no statement per case.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageStatementCountTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private final String office = "AHTC Count " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CaseRepository repository;

    @Inject
    SessionFactory sessionFactory;

    @BeforeAll
    void fiftyChargedCases() {
        var catalogue = StatuteCatalogueFixture.catalogue();
        for (int i = 0; i < 50; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> {
                Case c = Case.register(CaseId.random(), new FirNumber("CNT-" + n), new FiaCircle(office),
                        LocalDate.of(2017, 3, 1).plusDays(n), Set.of(StatuteCode.of("PACHTO-3")), TODAY);
                c.startInvestigation(LocalDate.of(2017, 6, 1), TODAY);
                PersonId victim = PersonId.random();
                c.addVictim(victim, new VictimIdentity("Victim " + n, null, null, null),
                        new VictimDetails(Gender.FEMALE, AgeEvidence.estimated(15, LocalDate.of(2017, 6, 1)),
                                CountryCode.PAKISTAN, Set.of(), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of()), 500_000 + n);
                PersonId accused = PersonId.random();
                c.addAccused(Trafficker.person(accused, "Accused " + n, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
                OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION),
                        Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "AE"), LocalDate.of(2017, 2, 1), Set.of());
                c.fileChargeSheet(List.of(new Charge(OffenceId.random(), accused, StatuteRef.of("PACHTO-3", 1),
                        Set.of(victim), facts)), catalogue, LocalDate.of(2017, 7, 1), TODAY);
                repository.save(new CaseRecord(c, CaseAssignment.NONE, Optional.of(facts)));
            });
        }
    }

    private long statementsForPageOf(int size) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        CasePage page = QuarkusTransaction.requiringNew().call(() -> repository.find(CaseFilter.ANY,
                new CaseVisibility(false, Optional.of(office), Optional.empty()), Optional.empty(), size));
        assertThat(page.cases()).hasSize(size);
        assertThat(page.cases()).allSatisfy(r -> {
            assertThat(r.caseFile().victims()).hasSize(1);
            assertThat(r.caseFile().accused()).hasSize(1);
            assertThat(r.caseFile().offences()).hasSize(1);
        });
        return statistics.getPrepareStatementCount();
    }

    @Test
    void a_page_of_50_costs_as_many_statements_as_a_page_of_5() {
        long five = statementsForPageOf(5);
        long fifty = statementsForPageOf(50);
        assertThat(five).isPositive().isLessThanOrEqualTo(12);
        assertThat(fifty).isEqualTo(five);
    }
}
