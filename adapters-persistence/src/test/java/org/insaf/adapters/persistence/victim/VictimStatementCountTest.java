package org.insaf.adapters.persistence.victim;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.ConfirmVictimLinkUseCase;
import org.insaf.application.port.in.RecordVictimParticularsUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.RejectVictimCandidateUseCase;
import org.insaf.application.port.in.SeparateVictimUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.port.in.VictimPairCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements each victim-person command runs (issue 18 items 1 and 6), with two other cases
 * matching: the limits are the counts when they were added; none may grow.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class VictimStatementCountTest {

    // Like the accused's candidates, the history loads each other case to apply the access rules to it
    // (about ten statements a case), and with identities asked reads each readable identity apart.
    private static final Map<String, Long> LIMITS = Map.of(
            "recordVictimParticulars", 18L, "victimHistory", 43L, "confirmVictimLink", 28L,
            "rejectVictimCandidate", 25L, "separateVictim", 28L);

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddVictimUseCase addVictim;
    @Inject RecordVictimParticularsUseCase record;
    @Inject VictimHistoryQuery history;
    @Inject ConfirmVictimLinkUseCase confirm;
    @Inject RejectVictimCandidateUseCase reject;
    @Inject SeparateVictimUseCase separate;
    @Inject SessionFactory sessionFactory;

    private final String office = "FIA-AHTC-VCOUNT-" + UUID.randomUUID().toString().substring(0, 8);
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
    private final String phone = "0345-" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private void counted(String command, Runnable run) {
        sessionFactory.getStatistics().clear();
        run.run();
        counts.merge(command, sessionFactory.getStatistics().getPrepareStatementCount(), Math::max);
    }

    @Test
    void no_victim_person_command_runs_more_statements_than_when_it_was_added() {
        CaseId[] cases = new CaseId[3];
        PersonId[] victims = new PersonId[3];
        for (int i = 0; i < 3; i++) {
            cases[i] = register.registerCase(new RegisterCaseUseCase.Command(investigator,
                    new FirNumber("FIR " + UUID.randomUUID().toString().substring(0, 6)), new FiaCircle(office),
                    LocalDate.of(2018 + i, 3, 1), Set.of(StatuteCode.of("PTPA-3")))).id();
            startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, cases[i],
                    Optional.empty(), LocalDate.of(2018 + i, 3, 2)));
            victims[i] = addVictim.addVictim(new AddVictimUseCase.Command(investigator, cases[i], Optional.empty(),
                    new VictimIdentity("Victim Name", null, null, null), new VictimDetails(Gender.FEMALE,
                    AgeEvidence.bornOn(LocalDate.of(1999, 5, 1)), CountryCode.PAKISTAN, Set.of(),
                    Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND))).victims().get(0).id();
            int n = i;
            counted("recordVictimParticulars", () -> record.recordVictimParticulars(new RecordVictimParticularsUseCase.Command(
                    investigator, cases[n], victims[n], new PersonParticulars(List.of("Victim Name"), "Her Father", null,
                    null, Set.of(PhoneNumber.of(phone)), "Kasur"))));
        }
        counted("victimHistory", () -> assertThat(history.history(new VictimHistoryQuery.Query(investigator, cases[0],
                victims[0], true)).otherCases()).hasSize(2));
        counted("confirmVictimLink", () -> confirm.confirmVictimLink(new VictimPairCommand(investigator, cases[0],
                victims[0], victims[1], "same photograph")));
        counted("rejectVictimCandidate", () -> reject.rejectVictimCandidate(new VictimPairCommand(investigator, cases[0],
                victims[0], victims[2], "another woman")));
        counted("separateVictim", () -> separate.separateVictim(new VictimPairCommand(investigator, cases[0],
                victims[0], victims[1], "her sister")));
        System.out.println("Statements per victim-person command: " + counts);
        assertThat(counts).allSatisfy((command, count) -> assertThat(count).as(command).isPositive()
                .isLessThanOrEqualTo(LIMITS.get(command)));
    }
}
