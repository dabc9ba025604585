package org.insaf.generator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of person matching on generated data (issue 18 item 2, docs/person-matching.md):
 * the network's recruiters are known duplicates across cases; every accused whose particulars were
 * recorded asks for its candidates as an admin (who sees every case), and each candidate pair is
 * right when both records are the same recruiter. The numbers are printed for the docs.
 */
@QuarkusTest
@QuarkusTestResource(value = GeneratorTestDatabase.class, restrictToAnnotatedClass = false)
class PersonMatchingQualityTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int CASES = 400;
    private static final long SEED = 18;

    @Inject
    DataGenerator generator;
    @Inject
    ListStatutesUseCase statutes;
    @Inject
    FindPersonCandidatesQuery candidates;
    @Inject
    EntityManager em;

    @Test
    void the_network_s_recruiters_are_found_across_cases_with_the_precision_and_recall_of_the_docs() {
        String run = "PMQ" + UUID.randomUUID().toString().substring(0, 6);
        generator.generate(new GenerationRequest(CASES, SEED, run, Optional.of(AS_OF), 2, false, 0), line -> { });
        var catalogue = QuarkusTransaction.requiringNew().call(() ->
                statutes.listStatutes(new ListStatutesUseCase.Query(Offices.ADMIN, Optional.empty())));
        StoryPlanner planner = new StoryPlanner(SEED, run, catalogue, AS_OF);

        // Ground truth from the plan: which accused records are which recruiter, and the records asked about.
        Map<PersonId, Integer> recruiterOf = new HashMap<>();
        List<PersonId> asked = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            CaseStory story = planner.plan(i);
            List<PersonId> accused = story.steps().stream().filter(s -> s instanceof CaseStory.AddAccused)
                    .map(s -> ((CaseStory.AddAccused) s).accused().id()).toList();
            for (CaseStory.Step step : story.steps()) {
                if (step instanceof CaseStory.RecordParticulars p) {
                    asked.add(accused.get(p.accused()));
                    if (p.networkRecruiter() >= 0) {
                        recruiterOf.put(accused.get(p.accused()), p.networkRecruiter());
                    }
                }
            }
        }
        Map<PersonId, CaseId> caseOf = casesOf(run);
        Map<Integer, Long> perRecruiter = new HashMap<>();
        recruiterOf.values().forEach(r -> perRecruiter.merge(r, 1L, Long::sum));
        long truePairs = perRecruiter.values().stream().mapToLong(n -> n * (n - 1)).sum();

        long found = 0;
        long right = 0;
        Set<PersonId> runRecords = caseOf.keySet();
        for (PersonId record : asked) {
            PersonCandidates answer = candidates.candidates(new FindPersonCandidatesQuery.Query(Offices.ADMIN,
                    caseOf.get(record), record));
            for (PersonCandidates.Candidate c : answer.candidates()) {
                if (!runRecords.contains(c.person())) {
                    continue; // a person of another test's run in the shared database
                }
                found++;
                Integer a = recruiterOf.get(record);
                if (a != null && a.equals(recruiterOf.get(c.person()))) {
                    right++;
                }
            }
        }
        double precision = found == 0 ? 0 : (double) right / found;
        double recall = truePairs == 0 ? 0 : (double) right / truePairs;
        System.out.printf("Person matching on %d generated cases (seed %d): %d network records of %d recruiters, "
                        + "%d records asked, %d true pairs, %d candidate pairs, %d right: precision %.3f, recall %.3f%n",
                CASES, SEED, recruiterOf.size(), perRecruiter.size(), asked.size(), truePairs, found, right, precision, recall);
        assertThat(truePairs).as("the generator makes known duplicates").isGreaterThan(50);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.70);
    }

    @SuppressWarnings("unchecked")
    private Map<PersonId, CaseId> casesOf(String run) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<PersonId, CaseId> out = new HashMap<>();
            List<Object[]> rows = em.createNativeQuery("SELECT a.person_id, a.case_id FROM accused a JOIN case_file c "
                    + "ON c.id = a.case_id WHERE c.fir_number LIKE :fir").setParameter("fir", run + "-%").getResultList();
            for (Object[] row : rows) {
                out.put(new PersonId((UUID) row[0]), new CaseId((UUID) row[1]));
            }
            return out;
        });
    }
}
