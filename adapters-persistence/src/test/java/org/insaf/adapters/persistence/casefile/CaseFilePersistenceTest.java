package org.insaf.adapters.persistence.casefile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.Case;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.StaleCase;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.CompensationLaw;
import org.insaf.domain.sentencing.ImprisonmentDescription;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.out.AuditLog;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseLoader;
import org.insaf.application.port.out.VictimIdentityReader;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseSnapshot;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case from FIR to sentence through the use cases, stored in and read back from the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class CaseFilePersistenceTest {

    private static final String OFFICE = "FIA-AHTC-LAHORE";
    private static final String CHILD_NAME = "Shazia Bibi Qureshi";

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddVictimUseCase addVictim;
    @Inject AddAccusedUseCase addAccused;
    @Inject RecordFactsUseCase recordFacts;
    @Inject AssignCaseUseCase assign;
    @Inject FileChargeSheetUseCase fileChargeSheet;
    @Inject OpenTrialUseCase openTrial;
    @Inject RecordHearingUseCase recordHearing;
    @Inject RecordVerdictUseCase recordVerdict;
    @Inject RecordSentenceUseCase recordSentence;
    @Inject MakeSentencingOrderUseCase makeSentencingOrder;
    @Inject CaseLoader loader;
    @Inject CaseEventWriter writer;
    @Inject VictimIdentityReader identities;
    @Inject AuditLog audit;
    @Inject AgroalDataSource dataSource;
    @Inject SessionFactory sessionFactory;

    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(OFFICE));
    private final Actor admin = new Actor("admin-1", Set.of(Role.ADMIN), Optional.empty());
    private final Actor prosecutor = new Actor("pros-" + UUID.randomUUID(), Set.of(Role.PROSECUTOR), Optional.empty());
    private final Actor judge = new Actor("judge-" + UUID.randomUUID(), Set.of(Role.JUDGE), Optional.empty());

    private static final OffenceFacts GULF_FACTS = new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION),
            Set.of(Means.DECEPTION, Means.COERCION), Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "AE"),
            LocalDate.of(2017, 2, 15), Set.of());

    /** Register, investigate, add a child victim and two accused, assign, charge both under PACHTO, try, decide. */
    private CaseView decidedCase() {
        CaseView c = caseOnTrial();
        CaseId id = c.id();
        recordHearing.recordHearing(new RecordHearingUseCase.Command(judge, id, Optional.empty(),
                new Hearing(LocalDate.of(2017, 7, 10), "Sessions Court Lahore", "Charges read", LocalDate.of(2017, 8, 1))));
        recordHearing.recordHearing(new RecordHearingUseCase.Command(judge, id, Optional.empty(),
                new Hearing(LocalDate.of(2017, 8, 1), "Sessions Court Lahore", "Evidence of the victim, in camera", null)));
        List<Offence> offences = c.offences();
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(), offences.get(1).id(),
                VerdictOutcome.ACQUITTED, LocalDate.of(2017, 9, 1)));
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(), offences.get(0).id(),
                VerdictOutcome.CONVICTED, LocalDate.of(2017, 9, 1)));
        return recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, id, Optional.empty(),
                offences.get(0).id(), Sentence.imprisonment(LocalDate.of(2017, 9, 15), Period.ofYears(8))
                        .withFine(org.insaf.domain.shared.Rupees.of(200_000))));
    }

    /** Register, investigate, add a child victim and two accused, assign, charge both under PACHTO, open the trial. */
    private CaseView caseOnTrial() {
        CaseView c = register.registerCase(new RegisterCaseUseCase.Command(investigator,
                new FirNumber("FIR-" + UUID.randomUUID().toString().substring(0, 8)), new FiaCircle(OFFICE),
                LocalDate.of(2017, 3, 1), Set.of(StatuteCode.of("PACHTO-3"))));
        CaseId id = c.id();
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                LocalDate.of(2017, 3, 2)));
        c = addVictim.addVictim(new AddVictimUseCase.Command(investigator, id, Optional.empty(),
                new VictimIdentity(CHILD_NAME, "35202-1234567-8", "+92 300 0000000", "Mohalla Islampura, Lahore"),
                new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(2003, 5, 1)), CountryCode.PAKISTAN,
                        Set.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.FAMILY_DEBT),
                        Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(ProtectionMeasure.SHELTER),
                        RecruiterRelation.FRIEND)));
        PersonId victim = c.victims().get(0).id();
        PersonId recruiter = PersonId.random();
        PersonId transporter = PersonId.random();
        addAccused.addAccused(new AddAccusedUseCase.Command(investigator, id, Optional.empty(),
                Trafficker.person(recruiter, "Recruiter One", Set.of(TraffickerRole.ILLEGAL_LABOUR_AGENT), CountryCode.PAKISTAN)
                        .withCnic("35202-7654321-1"), Optional.empty()));
        addAccused.addAccused(new AddAccusedUseCase.Command(investigator, id, Optional.empty(),
                Trafficker.person(transporter, "Transporter Two", Set.of(TraffickerRole.TRANSPORTER), CountryCode.of("AE"))
                        .linkedTo(recruiter), Optional.empty()));
        recordFacts.recordFacts(new RecordFactsUseCase.Command(investigator, id, Optional.empty(), GULF_FACTS));
        assign.assignCase(new AssignCaseUseCase.Command(admin, id, Optional.empty(), Optional.empty(),
                Optional.of(prosecutor.userId()), Optional.of("Sessions Court Lahore"), Optional.of(judge.userId())));
        c = fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, id, Optional.empty(), List.of(
                new ChargeRequest(recruiter, StatuteCode.of("PACHTO-3"), Set.of(victim), Optional.empty()),
                new ChargeRequest(transporter, StatuteCode.of("PACHTO-3"), Set.of(victim), Optional.of(GULF_FACTS))),
                LocalDate.of(2017, 6, 1)));
        return openTrial.openTrial(new OpenTrialUseCase.Command(judge, id, Optional.empty(), LocalDate.of(2017, 7, 1)));
    }

    @Test
    void recording_a_hearing_writes_the_hearing_and_the_case_version_not_the_whole_case() {
        CaseView onTrial = caseOnTrial();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        QuarkusTransaction.requiringNew().call(() -> loader.load(onTrial.id()).orElseThrow());
        long load = statistics.getPrepareStatementCount();

        statistics.clear();
        CaseView heard = recordHearing.recordHearing(new RecordHearingUseCase.Command(judge, onTrial.id(), Optional.empty(),
                new Hearing(LocalDate.of(2017, 7, 10), "Sessions Court Lahore", "Charges read", LocalDate.of(2017, 8, 1))));
        long hearing = statistics.getPrepareStatementCount();

        // Beyond loading the case: the version's conditional update, the hearing's insert, and the
        // audit entry (its lock, the chain's last entry, the insert). Rewriting the case's parts
        // (two accused, two charges, a victim with her identity, five status dates...) would be
        // more than twenty.
        assertThat(load).isPositive();
        assertThat(hearing - load).isLessThanOrEqualTo(5);
        Case stored = QuarkusTransaction.requiringNew().call(() -> loader.load(onTrial.id()).orElseThrow());
        assertThat(stored.snapshot().hearings()).isEqualTo(heard.hearings()).hasSize(1);
        assertThat(stored.snapshot().offences()).isEqualTo(onTrial.offences());
        assertThat(stored.snapshot().victims()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(onTrial.victims().get(0).id());
            assertThat(v.identity()).as("a case is loaded without identities").isEmpty();
        });
    }

    @Test
    void a_case_from_fir_to_sentence_is_stored_whole_and_read_back_equal() {
        CaseView decided = decidedCase();
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);

        Case stored = QuarkusTransaction.requiringNew().call(() -> loader.load(decided.id()).orElseThrow());
        CaseSnapshot s = stored.snapshot();
        assertThat(s.version()).isEqualTo(decided.version()).isEqualTo(14);
        assertThat(s.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(s.statusDates()).containsOnlyKeys(CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION,
                CaseStatus.CHARGE_SHEET_FILED, CaseStatus.ON_TRIAL, CaseStatus.DECIDED);
        assertThat(s.victims()).singleElement().satisfies(v -> {
            var identity = QuarkusTransaction.requiringNew().call(() -> identities.read(decided.id(), Set.of(v.id())))
                    .get(v.id());
            assertThat(identity.name()).isEqualTo(CHILD_NAME);
            assertThat(identity.cnic()).isEqualTo("35202-1234567-8");
            assertThat(v.pseudonym().value()).startsWith("V-2017-");
            assertThat(v.isChildOn(LocalDate.of(2017, 2, 15))).isTrue();
            assertThat(v.protection()).containsExactly(ProtectionMeasure.SHELTER);
            assertThat(v.recruiterRelation()).isEqualTo(RecruiterRelation.FRIEND);
        });
        assertThat(s.accused()).hasSize(2);
        assertThat(s.accused().get(1).trafficker().links()).containsExactly(s.accused().get(0).trafficker().id());
        assertThat(s.offences()).hasSize(2);
        assertThat(s.offences().get(0).sentencePassed()).get().extracting(Sentence::term).isEqualTo(Period.ofYears(8));
        assertThat(s.offences().get(1).verdictGiven()).get().extracting(v -> v.outcome()).isEqualTo(VerdictOutcome.ACQUITTED);
        assertThat(s.offences()).allSatisfy(o -> assertThat(o.facts()).isEqualTo(GULF_FACTS));
        assertThat(s.hearings()).extracting(Hearing::proceedings).containsExactly("Charges read", "Evidence of the victim, in camera");
        assertThat(stored.assignment().judge()).contains(judge.userId());
        assertThat(stored.recordedFacts()).contains(GULF_FACTS);

        // Read twice, the case is the same: the mapping loses nothing and adds nothing.
        Case again = QuarkusTransaction.requiringNew().call(() -> loader.load(decided.id()).orElseThrow());
        assertThat(again.snapshot()).isEqualTo(s);

        assertThat(audit.entriesOf(decided.id())).extracting(e -> e.action().name()).containsExactly(
                "REGISTER_CASE", "START_INVESTIGATION", "ADD_VICTIM", "ADD_ACCUSED", "ADD_ACCUSED", "RECORD_FACTS",
                "ASSIGN_CASE", "FILE_CHARGE_SHEET", "OPEN_TRIAL", "RECORD_HEARING", "RECORD_HEARING",
                "RECORD_VERDICT", "RECORD_VERDICT", "RECORD_SENTENCE");
    }

    @Test
    void verdicts_with_their_particulars_and_a_sentencing_order_are_stored_and_read_back_equal() {
        CaseView c = caseOnTrial();
        CaseId id = c.id();
        PersonId recruiter = c.offences().get(0).accused();
        PersonId transporter = c.offences().get(1).accused();
        PersonId victim = c.victims().get(0).id();
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(), c.offences().get(1).id(),
                VerdictOutcome.ABATED, LocalDate.of(2017, 9, 1), false, Optional.empty(), Optional.of(LocalDate.of(2017, 8, 20))));
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(), c.offences().get(0).id(),
                VerdictOutcome.CONVICTED, LocalDate.of(2017, 9, 1), true, Optional.empty(), Optional.empty()));
        recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, id, Optional.empty(), c.offences().get(0).id(),
                Sentence.imprisonment(LocalDate.of(2017, 9, 15), Period.ofYears(8)).withFine(org.insaf.domain.shared.Rupees.of(200_000))));
        SentencingOrder order = new SentencingOrder(recruiter, LocalDate.of(2017, 9, 15), List.of(new ChargeDirection(
                c.offences().get(0).id(), 1, ImprisonmentDescription.RIGOROUS, Period.ofMonths(6))), 120,
                List.of(new Compensation(victim, org.insaf.domain.shared.Rupees.of(150_000), CompensationLaw.CRPC_544A)));
        CaseView ordered = makeSentencingOrder.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(judge, id,
                Optional.empty(), order));

        Case stored = QuarkusTransaction.requiringNew().call(() -> loader.load(id).orElseThrow());
        assertThat(stored.snapshot()).isEqualTo(Case.reconstitute(stored.snapshot()).snapshot());
        assertThat(stored.offences().get(0).verdict()).isEqualTo(Verdict.convictedOnGuiltyPlea(LocalDate.of(2017, 9, 1)));
        assertThat(stored.offences().get(1).verdict()).isEqualTo(Verdict.abated(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 8, 20)));
        assertThat(stored.sentencingOrders()).containsExactly(order);
        assertThat(stored.effectiveTerm(recruiter).orElseThrow().releaseDate())
                .contains(LocalDate.of(2017, 9, 15).plusYears(8).minusDays(120));
        assertThat(stored.sentencingOrder(transporter)).isEmpty();
        assertThat(stored.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(StoredReadViews.assertCurrent(loader, id)).isEqualTo(CaseProjection.of(ordered));
        assertThat(audit.entriesOf(id)).extracting(e -> e.action().name()).endsWith("RECORD_VERDICT", "RECORD_VERDICT",
                "RECORD_SENTENCE", "MAKE_SENTENCING_ORDER");
    }

    @Test
    void victim_identities_are_stored_encrypted() throws SQLException {
        CaseView decided = decidedCase();
        PersonId victim = decided.victims().get(0).id();
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement(
                     "SELECT name_enc, cnic_enc, contact_enc, address_enc FROM victim_identity WHERE victim_id = ?")) {
            read.setObject(1, victim.value());
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                for (int column = 1; column <= 4; column++) {
                    String raw = new String(row.getBytes(column), StandardCharsets.ISO_8859_1);
                    assertThat(raw).doesNotContain("Shazia").doesNotContain("35202-1234567-8")
                            .doesNotContain("300 0000000").doesNotContain("Islampura");
                    assertThat(row.getBytes(column).length).isGreaterThan(12 + 16);
                }
            }
            // Nowhere else in the database does the name appear in clear.
            try (PreparedStatement search = c.prepareStatement("""
                    SELECT count(*) FROM (
                      SELECT to_jsonb(v)::text AS t FROM victim v UNION ALL SELECT to_jsonb(a)::text FROM accused a
                      UNION ALL SELECT to_jsonb(e)::text FROM audit_entry e UNION ALL SELECT to_jsonb(h)::text FROM hearing h
                      UNION ALL SELECT to_jsonb(f)::text FROM case_file f) rows WHERE t LIKE ?""")) {
                search.setString(1, "%Shazia%");
                try (ResultSet count = search.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void the_schema_refuses_a_recruiter_relation_outside_the_vocabulary() throws SQLException {
        PersonId victim = decidedCase().victims().get(0).id();
        // As the schema's owner: the service itself may not change a stored victim.
        try (Connection c = PostgresTestDatabase.database().connectAsOwner();
             PreparedStatement update = c.prepareStatement("UPDATE victim SET recruiter_relation = ? WHERE id = ?")) {
            c.setAutoCommit(false);
            try {
                update.setObject(2, victim.value());
                update.setString(1, "FAMILY");
                assertThat(update.executeUpdate()).isEqualTo(1);
                update.setString(1, "NEIGHBOUR");
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("victim_recruiter_relation_known");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void two_concurrent_saves_of_the_same_case_exactly_one_wins() throws Exception {
        CaseId id = decidedCase().id();
        CountDownLatch bothLoaded = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> saves = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                saves.add(pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                    Case record = loader.load(id).orElseThrow();
                    record.assign(record.assignment(), LocalDate.of(2024, 1, 15));
                    bothLoaded.countDown();
                    bothLoaded.await();
                    return writer.save(record);
                })));
            }
            int won = 0;
            int stale = 0;
            for (Future<Long> save : saves) {
                try {
                    assertThat(save.get()).isEqualTo(15);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StaleCase.class);
                    stale++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(stale).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> loader.load(id).orElseThrow().version()))
                .isEqualTo(15);
    }
}
