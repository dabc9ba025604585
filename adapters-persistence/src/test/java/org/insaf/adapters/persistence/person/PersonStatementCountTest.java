package org.insaf.adapters.persistence.person;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.insaf.adapters.persistence.testing.AccusedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.RecordPersonParticularsUseCase;
import org.insaf.application.port.in.RejectPersonCandidateUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.PhoneNumber;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements each person command runs (issue 18), with two candidates each in a case of
 * its own: the limits are the counts when they were added; none may grow.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PersonStatementCountTest {

    // Candidates and links load each case a candidate appears in to apply the access rules to it
    // (about ten statements a case): the first thing to cut for issue 18's scale target.
    private static final Map<String, Long> LIMITS = Map.of(
            "recordPersonParticulars", 17L, "personCandidates", 19L, "confirmPersonLink", 19L,
            "rejectPersonCandidate", 19L, "separatePerson", 15L);

    @Inject AccusedCases cases;
    @Inject RecordPersonParticularsUseCase particulars;
    @Inject FindPersonCandidatesQuery candidates;
    @Inject ConfirmPersonLinkUseCase confirm;
    @Inject RejectPersonCandidateUseCase reject;
    @Inject SeparatePersonUseCase separate;
    @Inject SessionFactory sessionFactory;

    private final String office = "FIA-AHTC-PCOUNT-" + UUID.randomUUID().toString().substring(0, 8);
    private final String surname = randomSurname();
    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** A surname no other record has, so that the only candidates are the test's own. */
    private static String randomSurname() {
        return "Qq" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    private void counted(String command, Runnable run) {
        sessionFactory.getStatistics().clear();
        run.run();
        counts.merge(command, sessionFactory.getStatistics().getPrepareStatementCount(), Math::max);
    }

    private CaseId caseWith(PersonId accused) {
        return cases.with(investigator, office, Trafficker.person(accused, "Nadeem " + surname,
                Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
    }

    @Test
    void the_candidates_cost_the_same_statements_however_many_there_are() {
        for (int candidates : new int[] {1, 6}) {
            // A surname of its own for each group, so that one group's records are not the other's candidates.
            String own = randomSurname();
            String name = "Nadeem " + own;
            PersonId[] people = new PersonId[candidates + 1];
            CaseId first = null;
            for (int i = 0; i < people.length; i++) {
                people[i] = PersonId.random();
                CaseId c = cases.with(investigator, office, Trafficker.person(people[i], name,
                        Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
                first = first == null ? c : first;
                particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(investigator, c, people[i],
                        new PersonParticulars(List.of(name), "Aslam " + own, null, null, Set.of(), "Kasur")));
            }
            CaseId asked = first;
            counted("personCandidates with " + candidates, () -> assertThat(candidates(asked, people[0])).hasSize(candidates));
        }
        assertThat(counts.get("personCandidates with 6")).isEqualTo(counts.get("personCandidates with 1"))
                .isLessThanOrEqualTo(LIMITS.get("personCandidates"));
    }

    private List<?> candidates(CaseId caseId, PersonId person) {
        return this.candidates.candidates(new FindPersonCandidatesQuery.Query(investigator, caseId, person)).candidates();
    }

    @Test
    void no_person_command_runs_more_statements_than_when_it_was_added() {
        PersonId[] people = {PersonId.random(), PersonId.random(), PersonId.random()};
        CaseId[] cases = new CaseId[people.length];
        for (int i = 0; i < people.length; i++) {
            cases[i] = caseWith(people[i]);
            int n = i;
            counted("recordPersonParticulars", () -> particulars.recordParticulars(new RecordPersonParticularsUseCase.Command(
                    investigator, cases[n], people[n], new PersonParticulars(List.of("Nadeem " + surname), "Aslam " + surname,
                    null, null, Set.of(PhoneNumber.of("0321-555000" + n)), "Kasur"))));
        }
        counted("personCandidates", () -> assertThat(candidates.candidates(
                new FindPersonCandidatesQuery.Query(investigator, cases[0], people[0])).candidates()).hasSize(2));
        counted("confirmPersonLink", () -> confirm.confirmLink(new ConfirmPersonLinkUseCase.Command(investigator, cases[0],
                people[0], people[1], "same photograph")));
        counted("rejectPersonCandidate", () -> reject.rejectCandidate(new RejectPersonCandidateUseCase.Command(investigator,
                cases[0], people[0], people[2], "different father's village")));
        counted("separatePerson", () -> separate.separate(new SeparatePersonUseCase.Command(investigator, cases[0],
                people[0], "photograph was of his cousin")));
        System.out.println("Statements per person command: " + counts);
        assertThat(counts).allSatisfy((command, count) -> assertThat(count).as(command).isPositive()
                .isLessThanOrEqualTo(LIMITS.get(command)));
    }
}
