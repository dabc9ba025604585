package org.insaf.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.audit.PostgresAuditLog;
import org.insaf.adapters.persistence.testing.FiguresFromScratch;
import org.insaf.application.access.Actor;
import org.insaf.domain.casefile.Agency;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.port.in.FindCasesQuery;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CI smoke run of the data generator: the small profile (1,000 cases) through the real use
 * cases into a real PostgreSQL (the module's test database), under FIR numbers no other run uses. Every command passes
 * the domain (a refusal would stop the run), the database holds what the report counts in the
 * ratios of the national profile, the audit chain stays whole, the demo users see their cases,
 * and the same seed gives the same content.
 */
@QuarkusTest
@QuarkusTestResource(value = GeneratorTestDatabase.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorSmokeTest {

    /** Fixed, so the content does not depend on the day the test runs (it must not be after today). */
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String RUN = "SMK" + UUID.randomUUID().toString().substring(0, 6);

    @Inject
    DataGenerator generator;

    @Inject
    EntityManager em;

    @Inject
    PostgresAuditLog auditLog;

    @Inject
    CaseLoader loader;

    @Inject
    FindCasesQuery findCases;

    @Inject
    ProsecutionStatistics statistics;

    private GenerationReport small;

    @BeforeAll
    void the_small_profile() {
        small = generator.generate(new GenerationRequest(GenerationRequest.Profile.SMALL.cases, 42, RUN,
                Optional.of(AS_OF), 2, false, 0), line -> { });
    }

    private long count(String sql, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("fir", prefix + "-%").getSingleResult()).longValue());
    }

    private static final String OF_RUN = " join case_file c on c.id = p.case_id where c.fir_number like :fir";

    @Test
    void the_small_profile_stores_a_thousand_cases_with_the_national_ratios() {
        long cases = count("select count(*) from case_file c where c.fir_number like :fir", RUN);
        long victims = count("select count(*) from victim p" + OF_RUN, RUN);
        long accused = count("select count(*) from accused p" + OF_RUN, RUN);
        long charges = count("select count(*) from offence p" + OF_RUN, RUN);
        assertThat(cases).isEqualTo(1_000).isEqualTo(small.cases());
        assertThat(victims).isEqualTo(small.victims());
        assertThat(accused).isEqualTo(small.accused());
        assertThat(charges).isEqualTo(small.charges());
        // The national profile: 100,000 cases, about 300,000 victims, 150,000 accused, 400,000 charges.
        assertThat(victims / 1_000.0).isCloseTo(3.0, within(0.5));
        assertThat(accused / 1_000.0).isCloseTo(1.5, within(0.25));
        assertThat(charges / 1_000.0).isCloseTo(4.0, within(1.0));
        assertThat(small.byStatus()).hasSize(7);
        // A conviction is sentenced within three weeks: only those of the last weeks before the as-of day wait.
        assertThat(small.sentences()).isPositive().isLessThanOrEqualTo(small.convictions())
                .isGreaterThan(small.convictions() * 95 / 100);
    }

    @Test
    void every_command_wrote_one_audit_entry_and_the_chain_holds() {
        long entries = count("select count(*) from audit_entry p" + OF_RUN, RUN);
        assertThat(entries).isEqualTo(small.commands());
        assertThat(auditLog.verifyAuditChain().firstBrokenSequence()).isEmpty();
    }

    @Test
    void the_statistics_counters_equal_the_figures_counted_from_scratch_in_every_year() {
        QuarkusTransaction.requiringNew().run(() -> {
            FiguresFromScratch fromScratch = new FiguresFromScratch(em);
            long convicted = 0;
            for (int year = 2000; year <= AS_OF.getYear(); year++) {
                YearlyFigures counted = statistics.figuresFor(year);
                assertThat(counted).as("%d", year).isEqualTo(fromScratch.figuresFor(year));
                convicted += counted.persons().convicted();
            }
            assertThat(convicted).as("the generated convictions, counted").isPositive();
        });
    }

    @Test
    void the_demo_users_work_under_the_ids_and_offices_of_the_realm_file() throws IOException {
        JsonNode realm;
        try (InputStream in = getClass().getResourceAsStream("/keycloak/insaf-realm.json")) {
            assertThat(in).as("the service's realm file on the class path").isNotNull();
            realm = new ObjectMapper().readTree(in);
        }
        List<Actor> demo = List.of(Offices.INVESTIGATOR, Offices.PROSECUTOR, Offices.JUDGE, Offices.ADMIN,
                Offices.INVESTIGATOR2, Offices.PROSECUTOR2, Offices.JUDGE2, Offices.POLICE);
        for (Actor actor : demo) {
            JsonNode user = null;
            for (JsonNode candidate : realm.path("users")) {
                if (candidate.path("id").asText().equals(actor.userId())) {
                    user = candidate;
                }
            }
            assertThat(user).as("the realm's user with the id %s", actor.userId()).isNotNull();
            assertThat(user.path("attributes").path("office").path(0).asText()).isEqualTo(actor.office().orElseThrow());
            assertThat(user.path("attributes").path("agency").path(0).asText(Agency.FIA.name()))
                    .isEqualTo(actor.agency().name());
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            assertThat(actor.roles()).allSatisfy(role -> assertThat(roles).contains(role.name().toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void the_demo_users_of_lahore_see_the_cases_generated_for_them() {
        // The newest of their cases: generated ones registered in 2026.
        for (Actor user : List.of(Offices.PROSECUTOR, Offices.JUDGE)) {
            assertThat(myCases(user)).as(user.userId()).extracting(CaseDetail::firNumber)
                    .anyMatch(f -> f.startsWith(RUN + "-"));
        }
        assertThat(myCases(Offices.JUDGE2)).extracting(CaseDetail::office)
                .isNotEmpty().contains("FIA-AHTC-KARACHI").doesNotContain("FIA-AHTC-LAHORE");
    }

    private List<CaseDetail> myCases(Actor user) {
        return QuarkusTransaction.requiringNew().call(() -> findCases.findCases(new FindCasesQuery.Query(user,
                Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.empty(), Optional.empty(), 100)).cases());
    }

    @Test
    void the_same_seed_gives_the_same_content_also_when_resumed_and_the_digest_is_what_is_stored() {
        String first = RUN + "A";
        String second = RUN + "B";
        GenerationReport a = generator.generate(new GenerationRequest(30, 7, first, Optional.of(AS_OF), 1, true, 0), l -> { });
        GenerationReport other = generator.generate(new GenerationRequest(30, 8, RUN + "C", Optional.of(AS_OF), 1, true, 0),
                l -> { });
        assertThat(other.contentDigest()).isNotEqualTo(a.contentDigest());
        assertThat(storedDigest(first)).isEqualTo(a.contentDigest());
        // The same seed again, stopped after 12 cases and resumed from 10 (the two already stored are
        // skipped), on three workers, a transaction per command.
        generator.generate(new GenerationRequest(12, 7, second, Optional.of(AS_OF), 3, false, 0), l -> { });
        GenerationReport resumed = generator.generate(new GenerationRequest(30, 7, second, Optional.of(AS_OF), 3, false, 10),
                l -> { });
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.cases()).isEqualTo(18);
        assertThat(storedDigest(second)).isEqualTo(a.contentDigest());
    }

    /** The digest of the cases of a run as read back from the database, in the order of their FIR numbers. */
    @SuppressWarnings("unchecked")
    private String storedDigest(String prefix) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery(
                "select cast(id as varchar), fir_number from case_file where fir_number like :fir")
                .setParameter("fir", prefix + "-%").getResultList());
        List<Object[]> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(r -> Integer.parseInt(((String) r[1]).replaceAll("^.*-(\\d+)/\\d+$", "$1"))));
        ContentDigest digest = new ContentDigest(prefix);
        byte[][] hashes = new byte[ordered.size()][];
        for (int i = 0; i < ordered.size(); i++) {
            CaseId id = CaseId.of((String) ordered.get(i)[0]);
            CaseView c = QuarkusTransaction.requiringNew().call(() -> CaseView.of(loader.load(id).orElseThrow()));
            hashes[i] = digest.hashOf(c);
        }
        return digest.combine(hashes);
    }
}
