package org.insaf.adapters.persistence.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.insaf.adapters.persistence.testing.FiguresFromScratch;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.ArrestAccusedUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.FileSupplementaryChargeSheetUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.application.port.in.ConfirmPersonLinkUseCase;
import org.insaf.application.port.in.SeparatePersonUseCase;
import org.insaf.application.statistics.OfficeFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.OffenceCategory;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters the database keeps (V12) equal the figures counted from scratch
 * ({@link FiguresFromScratch}) for every year, after every kind of command, each committed on its
 * own through the use cases, and under commands of two threads on the same year and statute.
 * The database is shared with the other test classes: every year's figures are compared whole,
 * whatever else it holds.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class StatisticsCountersTest {

    private static final String OFFICE = "FIA-AHTC-COUNTERS";
    private static final StatuteCode PACHTO = StatuteCode.of("PACHTO-3");
    private static final StatuteCode EMIGRATION = StatuteCode.of("EO-18");

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddVictimUseCase addVictim;
    @Inject AddAccusedUseCase addAccused;
    @Inject RecordFactsUseCase recordFacts;
    @Inject CloseInvestigationUseCase closeInvestigation;
    @Inject AssignCaseUseCase assign;
    @Inject FileChargeSheetUseCase fileChargeSheet;
    @Inject OpenTrialUseCase openTrial;
    @Inject RecordHearingUseCase recordHearing;
    @Inject RecordVerdictUseCase recordVerdict;
    @Inject RecordSentenceUseCase recordSentence;
    @Inject CloseCaseUseCase closeCase;
    @Inject FileAppealUseCase fileAppeal;
    @Inject OrderAppealAdmissionUseCase orderAdmission;
    @Inject SuspendSentenceUseCase suspendSentence;
    @Inject DecideAppealUseCase decideAppeal;
    @Inject TransferCaseUseCase transfer;
    @Inject ConfirmPersonLinkUseCase confirmLink;
    @Inject SeparatePersonUseCase separate;
    @Inject org.insaf.application.port.out.CaseLoader loader;
    @Inject ProsecutionStatistics statistics;
    @Inject DeclareAbscondingUseCase declareAbsconding;
    @Inject ArrestAccusedUseCase arrest;
    @Inject FileSupplementaryChargeSheetUseCase fileSupplementaryChargeSheet;
    @Inject EntityManager em;

    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(OFFICE));
    private final Actor admin = new Actor("admin-1", Set.of(Role.ADMIN), Optional.empty());
    private final Actor prosecutor = new Actor("pros-" + UUID.randomUUID(), Set.of(Role.PROSECUTOR), Optional.empty());
    private final Actor judge = new Actor("judge-" + UUID.randomUUID(), Set.of(Role.JUDGE), Optional.empty());

    private static final OffenceFacts FACTS_OF_DECEMBER_2011 = facts(LocalDate.of(2011, 12, 1));

    private static OffenceFacts facts(LocalDate offenceDate) {
        return new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION), Set.of(Means.DECEPTION),
                Set.of(Purpose.DOMESTIC_SERVITUDE), Route.of("PK", "AE"), offenceDate, Set.of());
    }

    /** Every year from the first of the figures to today's, counters against the aggregates over all rows. */
    private void countersEqualTheFiguresFromScratch(String after) {
        QuarkusTransaction.requiringNew().run(() -> {
            FiguresFromScratch fromScratch = new FiguresFromScratch(em);
            for (int year = 2000; year <= LocalDate.now().getYear(); year++) {
                assertThat(statistics.figuresFor(year)).as("%d after %s", year, after).isEqualTo(fromScratch.figuresFor(year));
            }
        });
    }

    private YearlyFigures figures(int year) {
        return QuarkusTransaction.requiringNew().call(() -> statistics.figuresFor(year));
    }

    private CaseId registered(LocalDate on, StatuteCode... sections) {
        return register.registerCase(new RegisterCaseUseCase.Command(investigator,
                new FirNumber("FIR-" + UUID.randomUUID().toString().substring(0, 8)), new FiaCircle(OFFICE), on,
                Set.of(sections))).id();
    }

    private PersonId victim(CaseId id, LocalDate bornOn, Gender gender, Set<Purpose> exploitation) {
        CaseView view = addVictim.addVictim(new AddVictimUseCase.Command(investigator, id, Optional.empty(),
                new VictimIdentity("Victim " + UUID.randomUUID(), null, null, null),
                new VictimDetails(gender, AgeEvidence.bornOn(bornOn), CountryCode.PAKISTAN, Set.of(), exploitation,
                        Set.of(), RecruiterRelation.FRIEND)));
        return view.victims().get(view.victims().size() - 1).id();
    }

    private PersonId accused(CaseId id, String name, LocalDate addedOn) {
        PersonId person = PersonId.random();
        addAccused.addAccused(new AddAccusedUseCase.Command(investigator, id, Optional.empty(),
                Trafficker.person(person, name, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN), Optional.empty(),
                Optional.of(addedOn)));
        return person;
    }

    @Test
    void counters_equal_the_figures_counted_from_scratch_after_every_kind_of_command() {
        countersEqualTheFiguresFromScratch("the migrations");
        long adultsOf2012 = figures(2012).victimsByAgeGroup().getOrDefault(AgeGroup.ADULT, 0L);

        CaseId dropped = registered(LocalDate.of(2012, 2, 1), PACHTO);
        countersEqualTheFiguresFromScratch("registerCase");
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, dropped, Optional.empty(),
                LocalDate.of(2012, 2, 2)));
        countersEqualTheFiguresFromScratch("startInvestigation");
        accused(dropped, "Dropped Accused", LocalDate.of(2012, 2, 3));
        closeInvestigation.closeInvestigation(new CloseInvestigationUseCase.Command(investigator, dropped, Optional.empty(),
                "no evidence of trafficking", LocalDate.of(2012, 2, 5)));
        countersEqualTheFiguresFromScratch("closeInvestigation");

        // Registered in 2012 under a trafficking provision and an emigration offence, which does not count as trafficking.
        CaseId id = registered(LocalDate.of(2012, 3, 1), PACHTO, EMIGRATION);
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                LocalDate.of(2012, 3, 2)));
        // 18 when the case was registered, 17 on the offence date of the facts recorded later.
        PersonId girl = victim(id, LocalDate.of(1994, 1, 15), Gender.FEMALE, Set.of(Purpose.DOMESTIC_SERVITUDE));
        countersEqualTheFiguresFromScratch("addVictim");
        assertThat(figures(2012).victimsByAgeGroup().get(AgeGroup.ADULT)).isEqualTo(adultsOf2012 + 1);
        // 18 on the recorded facts' offence date, 17 on the earlier offence date of the charge that names him.
        PersonId boy = victim(id, LocalDate.of(1993, 11, 1), Gender.MALE, Set.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR));
        PersonId recruiter = accused(id, "Recruiter One", LocalDate.of(2012, 4, 1));
        countersEqualTheFiguresFromScratch("addAccused");
        // Added to the investigation in the next year: investigated in 2013.
        PersonId transporter = accused(id, "Transporter Two", LocalDate.of(2013, 2, 1));
        countersEqualTheFiguresFromScratch("addAccused of a later year");

        recordFacts.recordFacts(new RecordFactsUseCase.Command(investigator, id, Optional.empty(), FACTS_OF_DECEMBER_2011));
        countersEqualTheFiguresFromScratch("recordFacts");
        assertThat(figures(2012).victimsByAgeGroup().get(AgeGroup.ADULT)).as("the girl is a child on the offence date")
                .isEqualTo(adultsOf2012 + 1);

        assign.assignCase(new AssignCaseUseCase.Command(admin, id, Optional.empty(), Optional.empty(),
                Optional.of(prosecutor.userId()), Optional.of("Sessions Court Lahore"), Optional.of(judge.userId())));
        countersEqualTheFiguresFromScratch("assignCase");

        CaseView charged = fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, id, Optional.empty(),
                List.of(new ChargeRequest(recruiter, PACHTO, Set.of(girl), Optional.empty()),
                        new ChargeRequest(transporter, PACHTO, Set.of(boy), Optional.of(facts(LocalDate.of(2011, 9, 1))))),
                LocalDate.of(2013, 6, 1)));
        countersEqualTheFiguresFromScratch("fileChargeSheet");
        assertThat(figures(2012).victimsByAgeGroup().getOrDefault(AgeGroup.ADULT, 0L)).as("both victims children")
                .isEqualTo(adultsOf2012);

        openTrial.openTrial(new OpenTrialUseCase.Command(judge, id, Optional.empty(), LocalDate.of(2013, 7, 1)));
        countersEqualTheFiguresFromScratch("openTrial");
        recordHearing.recordHearing(new RecordHearingUseCase.Command(judge, id, Optional.empty(),
                new Hearing(LocalDate.of(2013, 7, 10), "Sessions Court Lahore", "Charges read", LocalDate.of(2013, 8, 1))));
        countersEqualTheFiguresFromScratch("recordHearing");
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(1).id(), VerdictOutcome.ACQUITTED, LocalDate.of(2013, 12, 20)));
        countersEqualTheFiguresFromScratch("recordVerdict (acquitted)");
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(0).id(), VerdictOutcome.CONVICTED, LocalDate.of(2014, 1, 10)));
        countersEqualTheFiguresFromScratch("recordVerdict (convicted, in the next year)");
        recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(0).id(), Sentence.imprisonment(LocalDate.of(2014, 1, 20), Period.ofYears(8)).withFine(Rupees.of(200_000))));
        countersEqualTheFiguresFromScratch("recordSentence");
        closeCase.closeCase(new CloseCaseUseCase.Command(judge, id, Optional.empty(), LocalDate.of(2014, 2, 1)));
        countersEqualTheFiguresFromScratch("closeCase");
    }

    @Test
    void an_absconder_charged_by_a_supplementary_sheet_counts_as_prosecuted_in_the_year_of_that_sheet() {
        long prosecuted2015 = prosecuted(figures(2015));
        long prosecuted2017 = prosecuted(figures(2017));
        long persons2015 = figures(2015).persons().prosecuted();
        long persons2017 = figures(2017).persons().prosecuted();
        TwoAccused twoAccused = twoAccusedInvestigated(LocalDate.of(2015, 1, 5), "Tried First", "Absconder", "Sessions Court Lahore");
        CaseId id = twoAccused.id();
        PersonId girl = twoAccused.victim();
        PersonId tried = twoAccused.first();
        PersonId absconder = twoAccused.second();
        declareAbsconding.declareAbsconding(new DeclareAbscondingUseCase.Command(investigator, id, Optional.empty(),
                absconder, LocalDate.of(2015, 2, 1)));
        fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, id, Optional.empty(),
                List.of(new ChargeRequest(tried, PACHTO, Set.of(girl), Optional.empty())), LocalDate.of(2015, 3, 1)));
        countersEqualTheFiguresFromScratch("a charge sheet without the absconder");
        arrest.arrestAccused(new ArrestAccusedUseCase.Command(investigator, id, Optional.empty(), absconder,
                LocalDate.of(2017, 5, 2)));
        fileSupplementaryChargeSheet.fileSupplementaryChargeSheet(new FileSupplementaryChargeSheetUseCase.Command(
                prosecutor, id, Optional.empty(), List.of(new ChargeRequest(absconder, PACHTO, Set.of(girl),
                Optional.empty())), LocalDate.of(2017, 6, 1)));
        countersEqualTheFiguresFromScratch("fileSupplementaryChargeSheet");
        // by hand: the first accused in 2015, the absconder in 2017, each once
        assertThat(prosecuted(figures(2015))).isEqualTo(prosecuted2015 + 1);
        assertThat(prosecuted(figures(2017))).isEqualTo(prosecuted2017 + 1);
        assertThat(figures(2015).persons().prosecuted()).isEqualTo(persons2015 + 1);
        assertThat(figures(2017).persons().prosecuted()).isEqualTo(persons2017 + 1);
    }

    @Test
    void appeals_and_a_retrial_keep_the_counters_equal_to_the_figures_from_scratch() {
        TwoAccused twoAccused = twoAccusedInvestigated(LocalDate.of(2016, 1, 5), "Convict", "Retried", "Sessions Court Lahore");
        CaseId id = twoAccused.id();
        PersonId girl = twoAccused.victim();
        PersonId convict = twoAccused.first();
        PersonId retried = twoAccused.second();
        CaseView charged = fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, id, Optional.empty(),
                List.of(new ChargeRequest(convict, PACHTO, Set.of(girl), Optional.empty()),
                        new ChargeRequest(retried, PACHTO, Set.of(girl), Optional.empty())), LocalDate.of(2016, 3, 1)));
        openTrial.openTrial(new OpenTrialUseCase.Command(judge, id, Optional.empty(), LocalDate.of(2016, 4, 1)));
        for (int i = 0; i < 2; i++) {
            recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                    charged.offences().get(i).id(), VerdictOutcome.CONVICTED, LocalDate.of(2016, 9, 1)));
            recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, id, Optional.empty(),
                    charged.offences().get(i).id(), Sentence.imprisonment(LocalDate.of(2016, 9, 1), Period.ofYears(8))
                            .withFine(Rupees.of(200_000))));
        }
        countersEqualTheFiguresFromScratch("the trial");
        for (PersonId appellant : List.of(convict, retried)) {
            LocalDate on = LocalDate.of(2016, 10, appellant.equals(convict) ? 1 : 11);
            CaseView filed = fileAppeal.fileAppeal(new FileAppealUseCase.Command(judge, id, Optional.empty(), appellant,
                    Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT,
                    on, "grounds"));
            countersEqualTheFiguresFromScratch("fileAppeal");
            AppealId appeal = filed.proceedings().appeals().get(filed.proceedings().appeals().size() - 1).id();
            orderAdmission.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(judge, id, Optional.empty(),
                    appeal, true, on.plusDays(1), Optional.empty()));
            countersEqualTheFiguresFromScratch("orderAppealAdmission");
            suspendSentence.suspendSentence(new SuspendSentenceUseCase.Command(judge, id, Optional.empty(), appeal,
                    on.plusDays(2)));
            countersEqualTheFiguresFromScratch("suspendSentence");
        }
        List<Appeal> appeals = loader.load(id).orElseThrow().appeals();
        decideAppeal.decideAppeal(new DecideAppealUseCase.Command(judge, id, Optional.empty(), appeals.get(0).id(),
                Appeal.AppealOutcome.SENTENCE_REDUCED, LocalDate.of(2017, 5, 2), List.of(new Appeal.AppellateSentence(
                charged.offences().get(0).id(), Sentence.imprisonment(LocalDate.of(2017, 5, 2), Period.ofYears(6))
                        .withFine(Rupees.of(200_000))))));
        countersEqualTheFiguresFromScratch("decideAppeal (sentence reduced)");
        CaseView retrial = decideAppeal.decideAppeal(new DecideAppealUseCase.Command(judge, id, Optional.empty(),
                appeals.get(1).id(), Appeal.AppealOutcome.RETRIAL_ORDERED, LocalDate.of(2017, 5, 3), List.of()));
        countersEqualTheFiguresFromScratch("decideAppeal (retrial ordered)");
        assertThat(retrial.status().name()).isEqualTo("ON_TRIAL");
        assertThat(loader.load(id).orElseThrow().snapshot()).as("stored as the command left it")
                .isEqualTo(org.insaf.domain.casefile.Case.reconstitute(loader.load(id).orElseThrow().snapshot()).snapshot());
        CaseView again = recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(1).id(), VerdictOutcome.ACQUITTED, LocalDate.of(2018, 2, 1)));
        assertThat(again.status().name()).as("decided again once the retrial's verdict is given").isEqualTo("DECIDED");
        assertThat(again.statusDates().get(org.insaf.domain.casefile.CaseStatus.DECIDED)).isEqualTo(LocalDate.of(2018, 2, 1));
        // Read in a transaction of its own, so that nothing this test loaded before stands in for the rows.
        assertThat(QuarkusTransaction.requiringNew().call(() -> loader.load(id).orElseThrow().statusDates()))
                .isEqualTo(again.statusDates());
        countersEqualTheFiguresFromScratch("recordVerdict after a retrial");
    }

    @Test
    void figures_follow_the_final_outcome_on_appeal_and_the_office_that_held_the_case_on_the_day_counted() {
        YearlyFigures before2018 = figures(2018);
        YearlyFigures before2019 = figures(2019);
        TwoAccused twoAccused = twoAccusedInvestigated(LocalDate.of(2018, 1, 5), "Acquitted On Appeal", "Convicted On Appeal", "Sessions Court Quetta");
        CaseId id = twoAccused.id();
        PersonId girl = twoAccused.victim();
        PersonId convict = twoAccused.first();
        PersonId acquitted = twoAccused.second();
        transfer.transferCase(new TransferCaseUseCase.Command(admin, id, Optional.empty(), new InvestigatingOffice(Agency.FIA,
                "FIA-AHTC-QUETTA-COUNTERS", Optional.of(Province.BALOCHISTAN), Optional.empty()),
                "the recruiters operate from Quetta", LocalDate.of(2018, 2, 1)));
        countersEqualTheFiguresFromScratch("transferCase");
        CaseView charged = fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(prosecutor, id, Optional.empty(),
                List.of(new ChargeRequest(convict, PACHTO, Set.of(girl), Optional.empty()),
                        new ChargeRequest(acquitted, PACHTO, Set.of(girl), Optional.empty())), LocalDate.of(2018, 3, 1)));
        openTrial.openTrial(new OpenTrialUseCase.Command(judge, id, Optional.empty(), LocalDate.of(2018, 4, 1)));
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(0).id(), VerdictOutcome.CONVICTED, LocalDate.of(2018, 9, 1)));
        recordSentence.recordSentence(new RecordSentenceUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(0).id(), Sentence.imprisonment(LocalDate.of(2018, 9, 1), Period.ofYears(8))
                        .withFine(Rupees.of(200_000))));
        recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(judge, id, Optional.empty(),
                charged.offences().get(1).id(), VerdictOutcome.ACQUITTED, LocalDate.of(2018, 9, 1)));
        countersEqualTheFiguresFromScratch("the trial");
        YearlyFigures tried2018 = figures(2018);
        assertThat(convicted(tried2018)).isEqualTo(convicted(before2018) + 1);

        CaseView byConvict = fileAppeal.fileAppeal(new FileAppealUseCase.Command(judge, id, Optional.empty(), convict,
                Appeal.AppealKind.APPEAL, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, Appeal.AppellateForum.HIGH_COURT,
                LocalDate.of(2018, 10, 1), "the recovery was not proved"));
        AppealId convictsAppeal = byConvict.proceedings().appeals().get(0).id();
        orderAdmission.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(judge, id, Optional.empty(),
                convictsAppeal, true, LocalDate.of(2018, 10, 2), Optional.empty()));
        CaseView byState = fileAppeal.fileAppeal(new FileAppealUseCase.Command(prosecutor, id, Optional.empty(), acquitted,
                Appeal.AppealKind.APPEAL, Appeal.Appellant.STATE, Appeal.AppealAgainst.ACQUITTAL, Appeal.AppellateForum.HIGH_COURT,
                LocalDate.of(2018, 10, 3), "the evidence of the victim was misread"));
        AppealId statesAppeal = byState.proceedings().appeals().get(1).id();
        orderAdmission.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(judge, id, Optional.empty(),
                statesAppeal, true, LocalDate.of(2018, 10, 4), Optional.empty()));
        decideAppeal.decideAppeal(new DecideAppealUseCase.Command(judge, id, Optional.empty(), convictsAppeal,
                Appeal.AppealOutcome.ACQUITTED_ON_APPEAL, LocalDate.of(2019, 5, 2), List.of()));
        countersEqualTheFiguresFromScratch("decideAppeal (acquitted on appeal)");
        decideAppeal.decideAppeal(new DecideAppealUseCase.Command(judge, id, Optional.empty(), statesAppeal,
                Appeal.AppealOutcome.CONVICTED_ON_APPEAL, LocalDate.of(2019, 5, 3), List.of(new Appeal.AppellateSentence(
                charged.offences().get(1).id(), Sentence.imprisonment(LocalDate.of(2019, 5, 3), Period.ofYears(7))
                        .withFine(Rupees.of(200_000))))));
        countersEqualTheFiguresFromScratch("decideAppeal (convicted on appeal)");

        // by hand: the conviction of 2018 set aside in 2019 leaves 2018; the conviction on appeal counts apart in 2019
        YearlyFigures after2018 = figures(2018);
        YearlyFigures after2019 = figures(2019);
        assertThat(convicted(after2018)).isEqualTo(convicted(before2018));
        assertThat(statute(after2019).convictedOnAppeal()).isEqualTo(statute(before2019).convictedOnAppeal() + 1);
        assertThat(statute(after2019).convictionsSetAside()).isEqualTo(statute(before2019).convictionsSetAside() + 1);
        assertThat(after2019.persons().convictedOnAppeal()).isEqualTo(before2019.persons().convictedOnAppeal() + 1);
        assertThat(after2019.persons().convictionsSetAside()).isEqualTo(before2019.persons().convictionsSetAside() + 1);
        // investigated at the circle of the FIR (no province), charged and convicted on appeal in Balochistan
        assertThat(office(after2018, Optional.empty()).investigated()).isEqualTo(office(before2018, Optional.empty()).investigated() + 2);
        assertThat(office(after2018, Optional.of(Province.BALOCHISTAN)).prosecuted())
                .isEqualTo(office(before2018, Optional.of(Province.BALOCHISTAN)).prosecuted() + 2);
        assertThat(office(after2019, Optional.of(Province.BALOCHISTAN)).convictedOnAppeal())
                .isEqualTo(office(before2019, Optional.of(Province.BALOCHISTAN)).convictedOnAppeal() + 1);
        for (YearlyFigures year : List.of(after2018, after2019)) {
            assertThat(year.offices().stream().mapToLong(OfficeFigures::prosecuted).sum()).as("the offices add up to the headline")
                    .isEqualTo(year.persons().prosecuted());
            assertThat(year.offices().stream().mapToLong(OfficeFigures::convictedOnAppeal).sum())
                    .isEqualTo(year.persons().convictedOnAppeal());
        }
    }

    private static StatuteFigures statute(YearlyFigures figures) {
        return figures.statutes().stream().filter(f -> f.statute().equals(PACHTO)).findFirst()
                .orElse(new StatuteFigures(PACHTO, 0, 0, 0));
    }

    private static long convicted(YearlyFigures figures) {
        return statute(figures).convicted();
    }

    private static OfficeFigures office(YearlyFigures figures, Optional<Province> province) {
        return figures.offices().stream().filter(o -> o.agency() == Agency.FIA && o.province().equals(province)).findFirst()
                .orElse(new OfficeFigures(Agency.FIA, province, 0, 0, 0, 0));
    }

    @Test
    void distinct_persons_follow_the_joins_of_the_person_register() {
        long distinctBefore = figures(2019).distinctPersons().orElseThrow().investigated();
        long personsBefore = figures(2019).persons().investigated();
        CaseId first = registered(LocalDate.of(2019, 3, 1), PACHTO);
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, first, Optional.empty(),
                LocalDate.of(2019, 3, 2)));
        PersonId recruiter = accused(first, "Zia ul Haq", LocalDate.of(2019, 3, 3));
        CaseId second = registered(LocalDate.of(2019, 6, 1), PACHTO);
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, second, Optional.empty(),
                LocalDate.of(2019, 6, 2)));
        PersonId sameRecruiter = accused(second, "Ziaulhaq", LocalDate.of(2019, 6, 3));
        countersEqualTheFiguresFromScratch("two accused in two cases");
        assertThat(figures(2019).distinctPersons().orElseThrow().investigated()).isEqualTo(distinctBefore + 2);

        confirmLink.confirmLink(new ConfirmPersonLinkUseCase.Command(investigator, second, sameRecruiter, recruiter,
                "the same CNIC in both FIRs"));
        countersEqualTheFiguresFromScratch("confirmPersonLink");
        // by hand: one person in two cases counts once; the persons headline counts each case's accused
        assertThat(figures(2019).distinctPersons().orElseThrow().investigated()).isEqualTo(distinctBefore + 1);
        assertThat(figures(2019).persons().investigated()).isEqualTo(personsBefore + 2);

        separate.separate(new SeparatePersonUseCase.Command(investigator, second, sameRecruiter, "the CNIC was misread"));
        countersEqualTheFiguresFromScratch("separatePerson");
        assertThat(figures(2019).distinctPersons().orElseThrow().investigated()).isEqualTo(distinctBefore + 2);
    }

    /** A case under PACHTO-3 with one victim and two accused, investigated from the day after registration, assigned. */
    private record TwoAccused(CaseId id, PersonId victim, PersonId first, PersonId second) {
    }

    private TwoAccused twoAccusedInvestigated(LocalDate registeredOn, String first, String second, String court) {
        CaseId id = registered(registeredOn, PACHTO);
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                registeredOn.plusDays(1)));
        PersonId girl = victim(id, LocalDate.of(1990, 1, 1), Gender.FEMALE, Set.of(Purpose.DOMESTIC_SERVITUDE));
        PersonId one = accused(id, first, registeredOn.plusDays(2));
        PersonId two = accused(id, second, registeredOn.plusDays(2));
        recordFacts.recordFacts(new RecordFactsUseCase.Command(investigator, id, Optional.empty(),
                facts(registeredOn.minusMonths(1).withDayOfMonth(1))));
        assign.assignCase(new AssignCaseUseCase.Command(admin, id, Optional.empty(), Optional.empty(),
                Optional.of(prosecutor.userId()), Optional.of(court), Optional.of(judge.userId())));
        return new TwoAccused(id, girl, one, two);
    }

    private static long prosecuted(YearlyFigures figures) {
        return figures.statutes().stream().filter(f -> f.statute().equals(PACHTO)).mapToLong(f -> f.prosecuted()).sum();
    }

    @Test
    void commands_of_two_threads_on_the_same_year_and_statute_neither_deadlock_nor_lose_a_count() throws Exception {
        long investigatedBefore = investigatedUnderPachto(2015);
        int perThread = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                done.add(threads.submit(() -> {
                    CaseId id = registered(LocalDate.of(2015, 5, 1), PACHTO);
                    startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id,
                            Optional.empty(), LocalDate.of(2015, 5, 2)));
                    start.await();
                    IntStream.range(0, perThread).forEach(n -> accused(id, "Accused " + n, LocalDate.of(2015, 6, 1 + n)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : done) {
                thread.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(investigatedUnderPachto(2015)).isEqualTo(investigatedBefore + 2L * perThread);
        countersEqualTheFiguresFromScratch("the two threads' commands");
    }

    private long investigatedUnderPachto(int year) {
        return figures(year).statutes().stream().filter(s -> s.statute().equals(PACHTO))
                .mapToLong(s -> s.investigated()).sum();
    }

    @Test
    void the_database_counts_in_the_headline_the_categories_the_domain_counts_as_trafficking() {
        @SuppressWarnings("unchecked")
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT category FROM statistics_trafficking_category").getResultList());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(Arrays.stream(OffenceCategory.values())
                .filter(OffenceCategory::countsAsTrafficking).map(Enum::name).toList());
    }
}
