package org.insaf.generator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.insaf.application.person.PersonCandidates;
import org.insaf.application.port.in.FindPersonCandidatesQuery;
import org.insaf.application.port.in.ListStatutesUseCase;
import org.insaf.application.port.in.VictimHistoryQuery;
import org.insaf.application.person.VictimHistory;
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

    @Inject
    VictimHistoryQuery victimHistory;

    /** One generated run for both measures, made by the first test that needs it. */
    private static String run;

    private synchronized String generated() {
        if (run == null) {
            String name = "PMQ" + UUID.randomUUID().toString().substring(0, 6);
            generator.generate(new GenerationRequest(CASES, SEED, name, Optional.of(AS_OF), 2, false, 0), line -> { });
            run = name;
        }
        return run;
    }

    private StoryPlanner planner(String run) {
        var catalogue = QuarkusTransaction.requiringNew().call(() ->
                statutes.listStatutes(new ListStatutesUseCase.Query(Offices.ADMIN, Optional.empty())));
        return new StoryPlanner(SEED, run, catalogue, AS_OF);
    }

    @Test
    void the_network_s_recruiters_are_found_across_cases_with_the_precision_and_recall_of_the_docs() {
        String run = generated();
        StoryPlanner planner = planner(run);

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

    /**
     * Victims trafficked twice ({@link ReTrafficked}) are known duplicates across cases: every victim
     * whose person was recorded asks for its history as an admin (who sees every case, never an
     * identity), and each other case's victim is right when both are the same woman.
     */
    @Test
    void victims_trafficked_twice_are_found_across_cases_with_the_precision_and_recall_of_the_docs() {
        String run = generated();
        StoryPlanner planner = planner(run);
        Map<String, PersonId> victimAt = victimsOf(run);
        Map<PersonId, Integer> womanOf = new HashMap<>();
        Map<PersonId, CaseId> asked = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
            CaseStory story = planner.plan(i);
            String fir = story.steps().stream().filter(st -> st instanceof CaseStory.Register)
                    .map(st -> ((CaseStory.Register) st).firNumber()).findFirst().orElseThrow();
            for (CaseStory.Step step : story.steps()) {
                if (step instanceof CaseStory.RecordVictimParticulars p) {
                    PersonId victim = victimAt.get(fir + "#" + p.victim());
                    asked.put(victim, caseIds.get(victim));
                    if (p.reTrafficked() >= 0) {
                        womanOf.put(victim, p.reTrafficked());
                    }
                }
            }
        }
        Map<Integer, Long> perWoman = new HashMap<>();
        womanOf.values().forEach(w -> perWoman.merge(w, 1L, Long::sum));
        long truePairs = perWoman.values().stream().mapToLong(n -> n * (n - 1)).sum();
        long found = 0;
        long right = 0;
        for (Map.Entry<PersonId, CaseId> victim : asked.entrySet()) {
            VictimHistory answer = QuarkusTransaction.requiringNew().call(() -> victimHistory.history(
                    new VictimHistoryQuery.Query(Offices.ADMIN, victim.getValue(), victim.getKey(), false)));
            for (VictimHistory.OtherCase other : answer.otherCases()) {
                if (!caseIds.containsKey(other.victim())) {
                    continue; // a victim of another test's run in the shared database
                }
                found++;
                Integer a = womanOf.get(victim.getKey());
                if (a != null && a.equals(womanOf.get(other.victim()))) {
                    right++;
                }
            }
        }
        double precision = found == 0 ? 0 : (double) right / found;
        double recall = truePairs == 0 ? 0 : (double) right / truePairs;
        System.out.printf("Victim matching on %d generated cases (seed %d): %d victims of %d women trafficked twice or once, "
                        + "%d victims asked, %d true pairs, %d matched pairs, %d right: precision %.3f, recall %.3f%n",
                CASES, SEED, womanOf.size(), perWoman.size(), asked.size(), truePairs, found, right, precision, recall);
        assertThat(truePairs).as("the generator makes victims trafficked twice").isGreaterThanOrEqualTo(16);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.60);
    }

    /** The victims of a run by FIR number and position ("FIR#0"); their cases in {@link #caseIds}. */
    private final Map<PersonId, CaseId> caseIds = new HashMap<>();

    @SuppressWarnings("unchecked")
    private Map<String, PersonId> victimsOf(String run) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, PersonId> out = new HashMap<>();
            List<Object[]> rows = em.createNativeQuery("SELECT c.fir_number, v.position, v.id, v.case_id FROM victim v "
                    + "JOIN case_file c ON c.id = v.case_id WHERE c.fir_number LIKE :fir").setParameter("fir", run + "-%")
                    .getResultList();
            for (Object[] row : rows) {
                PersonId victim = new PersonId((UUID) row[2]);
                out.put(row[0] + "#" + row[1], victim);
                caseIds.put(victim, new CaseId((UUID) row[3]));
            }
            return out;
        });
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
