package org.insaf.adapters.persistence.person;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.person.network.PersonNetwork;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.ReadNetworkQuery;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.NetworkBounds;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network read from PostgreSQL (issue 18 item 4): persons across cases by the same person id and
 * by a confirmed join, victims by pseudonym, a recruiter's charge with the victim's relation, the
 * facts' route, another office's case only counted; and the same number of SQL statements for a
 * network of two cases as for one of ten.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class NetworkPersistenceTest {

    /**
     * Loading the start case (the aggregate, as every read of a case does) and auditing the read,
     * a statement per hop, four for the content: the count when it was added; it may not grow.
     */
    static final long STATEMENTS_AT_DEPTH_2 = 19;
    static final String VICTIM_NAME = "Zarina Bibi Network";

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddAccusedUseCase addAccused;
    @Inject AddVictimUseCase addVictim;
    @Inject RecordFactsUseCase recordFacts;
    @Inject AssignCaseUseCase assign;
    @Inject FileChargeSheetUseCase fileChargeSheet;
    @Inject ConfirmPersonLinkUseCase confirm;
    @Inject ReadNetworkQuery networks;
    @Inject SessionFactory sessionFactory;

    private final String office = "FIA-AHTC-NET-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherOffice = "FIA-AHTC-NETX-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
    private final Actor outsider = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(otherOffice));
    private final Actor admin = new Actor("admin-net", Set.of(Role.ADMIN), Optional.empty());
    private final Actor prosecutor = new Actor("pros-" + UUID.randomUUID(), Set.of(Role.PROSECUTOR), Optional.empty());

    private CaseId caseOf(Actor by, String circle, PersonId... accused) {
        CaseId id = register.registerCase(new RegisterCaseUseCase.Command(by,
                new FirNumber("NET " + UUID.randomUUID().toString().substring(0, 6)), new FiaCircle(circle),
                LocalDate.of(2017, 3, 1), Set.of(StatuteCode.of("PACHTO-3")))).id();
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(by, id, Optional.empty(),
                LocalDate.of(2017, 3, 2)));
        for (PersonId person : accused) {
            addAccused.addAccused(new AddAccusedUseCase.Command(by, id, Optional.empty(),
                    Trafficker.person(person, "Accused " + person.toString().substring(0, 8), Set.of(TraffickerRole.RECRUITER),
                            CountryCode.PAKISTAN), Optional.empty()));
        }
        return id;
    }

    private PersonNetwork around(Actor actor, CaseId id, int depth) {
        return networks.network(new ReadNetworkQuery.Query(actor, Optional.of(id), Optional.empty(),
                new NetworkBounds(depth, NetworkBounds.MAX_NODES)));
    }

    private long statements(Runnable run) {
        sessionFactory.getStatistics().clear();
        run.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void the_network_holds_what_the_caller_may_see_in_a_number_of_statements_independent_of_its_size() {
        PersonId recruiter = PersonId.random();
        PersonId partner = PersonId.random();
        CaseId start = caseOf(investigator, office, recruiter);
        CaseId second = caseOf(investigator, office, recruiter, partner);
        PersonId victim = addVictim.addVictim(new AddVictimUseCase.Command(investigator, start, Optional.empty(),
                new VictimIdentity(VICTIM_NAME, "35202-7654321-8", "+92 300 9999999", "Network Street, Lahore"),
                new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(1999, 5, 1)), CountryCode.PAKISTAN,
                        Set.of(), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND))).victims().get(0).id();
        OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION),
                Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "IR", "TR"), LocalDate.of(2017, 2, 15), Set.of());
        recordFacts.recordFacts(new RecordFactsUseCase.Command(investigator, start, Optional.empty(), facts));
        assign.assignCase(new AssignCaseUseCase.Command(admin, start, Optional.empty(), Optional.empty(),
                Optional.of(prosecutor.userId()), Optional.empty(), Optional.empty()));
        fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, start, Optional.empty(), List.of(
                new ChargeRequest(recruiter, StatuteCode.of("PACHTO-3"), Set.of(victim), Optional.empty())),
                LocalDate.of(2017, 6, 1)));

        long small = statements(() -> around(investigator, start, 2));
        PersonNetwork two = around(investigator, start, 2);
        assertThat(two.cases()).extracting(PersonNetwork.Case::id).containsExactlyInAnyOrder(start, second);
        assertThat(two.persons()).extracting(PersonNetwork.Person::id).containsExactlyInAnyOrder(recruiter, partner);
        assertThat(two.cases()).filteredOn(c -> c.id().equals(start)).singleElement().extracting(PersonNetwork.Case::routes).isEqualTo(List.of("PK>IR>TR"));
        assertThat(two.victims()).hasSize(1);
        assertThat(two.links()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo(PersonNetwork.LinkKind.RECRUITED);
            assertThat(l.recruiterRelation()).contains(RecruiterRelation.FRIEND);
        });
        assertThat(two.toString()).doesNotContain(VICTIM_NAME, "35202-7654321-8", "Network Street");

        // The partner in eight more cases of the office, one of them with a record joined to him,
        // and the recruiter in a case of another office.
        PersonId joined = PersonId.random();
        CaseId withJoined = caseOf(investigator, office, joined);
        confirm.confirmLink(new ConfirmPersonLinkUseCase.Command(investigator, withJoined, joined, partner, "same CNIC"));
        for (int i = 0; i < 7; i++) {
            caseOf(investigator, office, partner, PersonId.random());
        }
        CaseId elsewhere = caseOf(outsider, otherOffice, recruiter, PersonId.random());

        long large = statements(() -> around(investigator, start, 2));
        PersonNetwork ten = around(investigator, start, 2);
        assertThat(ten.cases()).hasSize(10).extracting(PersonNetwork.Case::id).contains(withJoined).doesNotContain(elsewhere);
        assertThat(ten.persons()).as("the co-accused of cases reached at the last hop are a hop further")
                .extracting(PersonNetwork.Person::id).containsExactlyInAnyOrder(recruiter, partner);
        assertThat(around(investigator, start, 3).persons()).hasSize(2 + 7);
        assertThat(ten.casesInOtherOffices()).isEqualTo(1);
        assertThat(ten.persons()).filteredOn(p -> p.id().equals(recruiter)).singleElement().extracting(PersonNetwork.Person::casesInOtherOffices).isEqualTo(1);
        assertThat(ten.toString()).doesNotContain(elsewhere.toString(), otherOffice);

        assertThat(large).as("statements for ten cases vs two").isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(STATEMENTS_AT_DEPTH_2);
        System.out.println("Statements for a network at depth 2: " + large);

        PersonNetwork all = around(admin, start, 2);
        assertThat(all.cases()).extracting(PersonNetwork.Case::id).contains(elsewhere);
        assertThat(all.casesInOtherOffices()).isZero();
    }
}
