package org.insaf.adapters.persistence.desk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.insaf.adapters.persistence.testing.StatementCount;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.casefile.desk.DueItem;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.DeskReader;
import org.insaf.application.port.out.DueCursor;
import org.insaf.application.port.out.PseudonymSequence;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStage;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side of the cause list, the desks and the queues: each page one SQL statement whatever
 * its size, the bucket counts one more; the latest hearing and the latest custody status count.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDeskReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);
    private static final int DAYS = 17;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String office = "AHTC Desk " + suffix;
    private final String court = "Sessions Court Desk " + suffix;
    private final String prosecutor = "pros-" + suffix;
    private final String judge = "judge-" + suffix;
    private final List<String> trials = new ArrayList<>();
    private String inCustody;
    private String decidedInPart;

    @Inject
    CaseEventWriter writer;

    @Inject
    DeskReader reader;

    // Pseudonym numbers as the service hands them out, so none is another test's.
    @Inject
    PseudonymSequence pseudonyms;

    @Inject
    SessionFactory sessionFactory;

    /**
     * A case of the office charged against two accused, on trial at the court, its latest hearing
     * fixing DAY; the first accused in custody, or a verdict on their charge, when asked.
     */
    private String trial(int n, LocalDate registeredOn, CustodyStatus custody, boolean verdict) {
        var catalogue = StatuteCatalogueFixture.catalogue();
        return QuarkusTransaction.requiringNew().call(() -> {
            Case c = Case.register(CaseId.random(), new FirNumber("DESK-" + suffix + "-" + n), new FiaCircle(office),
                    registeredOn, Set.of(StatuteCode.of("PACHTO-3")), List.of(), TODAY);
            c.startInvestigation(registeredOn, TODAY);
            PersonId victim = PersonId.random();
            c.addVictim(victim, new VictimIdentity("Desk Victim " + n, null, null, null),
                    new VictimDetails(Gender.FEMALE, AgeEvidence.estimated(15, registeredOn), CountryCode.PAKISTAN,
                            Set.of(), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), null), pseudonyms.next(registeredOn.getYear()));
            PersonId accused = PersonId.random();
            c.addAccused(Trafficker.person(accused, "Desk Accused " + n, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN),
                    null, c.latestDate(), c.latestDate());
            PersonId coAccused = PersonId.random();
            c.addAccused(Trafficker.person(coAccused, "Desk Co-accused " + n, Set.of(TraffickerRole.TRANSPORTER),
                    CountryCode.PAKISTAN), null, c.latestDate(), c.latestDate());
            if (custody != CustodyStatus.NOT_ARRESTED) {
                c.arrest(accused, registeredOn, TODAY);
            }
            OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION),
                    Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "AE"), registeredOn.minusDays(30), Set.of());
            c.recordFacts(facts, TODAY);
            OffenceId charge = OffenceId.random();
            c.fileChargeSheet(List.of(new Charge(charge, accused, StatuteRef.of("PACHTO-3", 1), Set.of(victim), facts),
                            new Charge(OffenceId.random(), coAccused, StatuteRef.of("PACHTO-3", 1), Set.of(victim), facts)),
                    catalogue, registeredOn.plusDays(1), TODAY);
            c.assign(new CaseAssignment(Optional.empty(), Optional.of(n % 2 == 0 ? prosecutor : "other-" + suffix),
                    Optional.of(court), Optional.of(judge)), TODAY);
            c.openTrial(registeredOn.plusDays(2), TODAY);
            c.recordHearing(new Hearing(registeredOn.plusDays(3), court, "framed", registeredOn.plusDays(4)), TODAY);
            c.recordHearing(new Hearing(registeredOn.plusDays(4), court, "adjourned", DAY), TODAY);
            if (verdict) {
                c.recordVerdict(charge, org.insaf.domain.offence.VerdictOutcome.WITHDRAWN, registeredOn.plusDays(5), TODAY);
            }
            writer.save(c);
            return c.id().toString();
        });
    }

    /** An open investigation of the office. */
    private void investigation(int n, LocalDate registeredOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            Case c = Case.register(CaseId.random(), new FirNumber("DESK-INV-" + suffix + "-" + n), new FiaCircle(office),
                    registeredOn, Set.of(StatuteCode.of("PACHTO-3")), List.of(), TODAY);
            writer.save(c);
        });
    }

    @BeforeAll
    void cases() {
        for (int n = 0; n < 6; n++) {
            trials.add(trial(n, LocalDate.of(2017, 3, 1).plusDays(n), CustodyStatus.NOT_ARRESTED, false));
        }
        inCustody = trial(6, LocalDate.of(2017, 6, 1), CustodyStatus.IN_CUSTODY, false);
        decidedInPart = trial(7, LocalDate.of(2017, 2, 1), CustodyStatus.NOT_ARRESTED, true);
        for (int n = 0; n < 8; n++) {
            investigation(n, TODAY.minusDays(n * 3L));
        }
    }

    private <T> T counted(long expected, Supplier<T> read) {
        return StatementCount.counted(sessionFactory, expected, read);
    }

    @Test
    void a_cause_list_is_one_statement_custody_first_then_the_oldest() {
        List<DeskReader.Listed> all = counted(1, () -> reader.causeList(court, DAY, new CaseVisibility(true, Optional.empty(),
                Optional.empty())));
        assertThat(all).hasSize(8);
        assertThat(all.get(0).theCase().caseId()).isEqualTo(inCustody);
        assertThat(all.get(0).theCase().accused().get(0).custody()).isEqualTo(CustodyStatus.IN_CUSTODY);
        assertThat(all.get(1).theCase().caseId()).as("the oldest FIR next").isEqualTo(decidedInPart);
        assertThat(all.get(1).theCase().stage()).contains(CaseStage.JUDGMENT);
        assertThat(all.get(2).theCase().stage()).contains(CaseStage.EVIDENCE);
        assertThat(all.subList(2, 8)).extracting(l -> l.theCase().caseId()).containsExactlyElementsOf(trials);
        assertThat(all.get(2).lastProceedings()).isEqualTo("adjourned");
        assertThat(all.get(2).theCase().victimPseudonyms()).hasSize(1).allMatch(p -> p.matches("V-[0-9]{4}-[0-9]{6}"));

        CaseVisibility ofProsecutor = new CaseVisibility(false, Optional.empty(), Optional.of(prosecutor),
                EnumSet.of(CaseVisibility.Place.PROSECUTOR));
        List<DeskReader.Listed> assigned = counted(1, () -> reader.causeList(court, DAY, ofProsecutor));
        assertThat(assigned).extracting(l -> l.theCase().caseId())
                .containsExactly(inCustody, trials.get(0), trials.get(2), trials.get(4));
        assertThat(counted(1, () -> reader.causeList(court, DAY.minusDays(1), ofProsecutor))).isEmpty();
        assertThat(counted(1, () -> reader.courtKnown(court))).isTrue();
        assertThat(counted(1, () -> reader.courtKnown(court + " nowhere"))).isFalse();
    }

    @Test
    void a_desk_page_is_one_statement_whatever_its_size_and_the_counts_one_more() {
        Set<CaseVisibility.Place> asJudge = EnumSet.of(CaseVisibility.Place.JUDGE);
        DeskReader.Page one = counted(1, () -> reader.desk(judge, asJudge, DAYS, Optional.empty(), 1));
        DeskReader.Page eight = counted(1, () -> reader.desk(judge, asJudge, DAYS, Optional.empty(), 8));
        assertThat(one.rows()).hasSize(1);
        assertThat(one.hasNextPage()).isTrue();
        assertThat(eight.rows()).hasSize(8).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(DAY);
            assertThat(r.hearingCourt()).contains(court);
        });
        assertThat(eight.hasNextPage()).isFalse();
        DeskReader.Page rest = counted(1, () -> reader.desk(judge, asJudge, DAYS,
                Optional.of(new DueCursor(one.rows().get(0).key(), CaseId.of(one.rows().get(0).theCase().caseId()))), 100));
        assertThat(rest.rows()).hasSize(7).extracting(r -> r.theCase().caseId())
                .doesNotContain(one.rows().get(0).theCase().caseId());
        DueItem.Counts counts = counted(1, () -> reader.deskCounts(judge, asJudge, DAYS, DAY));
        assertThat(counts).isEqualTo(new DueItem.Counts(0, 8, 0, 0));
        assertThat(counted(1, () -> reader.deskCounts(judge, asJudge, DAYS, DAY.plusDays(1))))
                .isEqualTo(new DueItem.Counts(8, 0, 0, 0));
        assertThat(counted(1, () -> reader.desk(judge, EnumSet.of(CaseVisibility.Place.PROSECUTOR), DAYS,
                Optional.empty(), 100)).rows()).as("a judge's place is not a prosecutor's").isEmpty();
    }

    @Test
    void a_queue_is_the_offices_open_investigations_oldest_first_due_seventeen_days_after_the_FIR() {
        DeskReader.Page page = counted(1, () -> reader.queue(office, Agency.FIA, DAYS, Optional.empty(), 100));
        assertThat(page.rows()).hasSize(8);
        assertThat(page.rows()).extracting(DeskReader.Row::key).isSorted()
                .first().isEqualTo(TODAY.minusDays(21).plusDays(DAYS));
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.hearingCourt()).isEmpty());
        DeskReader.Page three = counted(1, () -> reader.queue(office, Agency.FIA, DAYS, Optional.empty(), 3));
        assertThat(three.rows()).extracting(r -> r.theCase().caseId())
                .containsExactlyElementsOf(page.rows().subList(0, 3).stream().map(r -> r.theCase().caseId()).toList());
        // Due: today-4 .. today+17 in steps of 3: overdue the first two, this week the next two, later the rest.
        assertThat(counted(1, () -> reader.queueCounts(office, Agency.FIA, DAYS, TODAY)))
                .isEqualTo(new DueItem.Counts(2, 2, 4, 0));
        assertThat(counted(1, () -> reader.queue(office, Agency.PROVINCIAL_POLICE, DAYS, Optional.empty(), 100)).rows())
                .as("the same code of another agency").isEmpty();
    }
}
