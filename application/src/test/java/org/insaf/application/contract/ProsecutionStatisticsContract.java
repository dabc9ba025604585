package org.insaf.application.contract;

import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.application.statistics.OfficeFigures;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.shared.Rupees;
import java.time.Period;
import org.insaf.domain.casefile.Case;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.ProsecutionStatistics;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.VerdictOutcome;
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
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link ProsecutionStatistics} must count, on five cases of 2006–2009 (years no other
 * test uses, so a shared database may hold other cases):
 * <ul>
 * <li>A: FIR under PACHTO-3 and EO-18, registered and investigated in 2006, three accused, three
 * victims (a girl of 11, a woman estimated 30, a man of unknown age) and a transgender victim who
 * was 17 on the offence date (December 2005) and 18 at registration; charged in 2007 for facts of
 * December 2005: accused 1 under PACHTO (convicted), accused 2 under PACHTO (acquitted) and EO-18
 * (convicted).</li>
 * <li>B: FIR under PACHTO-3, registered in 2006, investigated from 2007, one accused, a girl
 * estimated 15, and a transgender victim in no charge who was 17 on the offence date of the
 * case's recorded facts (March 2005) and 19 at registration.</li>
 * <li>C: FIR under PPC-371A, registered in 2006 and never investigated, one adult man.</li>
 * <li>D: FIR under PACHTO-3, registered and investigated in 2006, one accused added in April 2006
 * and one added to the investigation in February 2007 (investigated in 2007, not 2006).</li>
 * <li>E: FIR under PACHTO-3 and PPC-371A (both trafficking provisions), registered and investigated
 * in 2009, one accused.</li>
 * </ul>
 * And two cases of 2010–2011 whose outcomes changed on appeal (the figures follow the final outcome):
 * <ul>
 * <li>F: FIR under PACHTO-3 at an FIA circle recorded without province, registered and investigated in
 * January 2010, transferred on 1 February 2010 to an FIA circle in Punjab; Eight and Nine charged on
 * 1 March 2010; on 1 June 2010 Eight convicted, Nine acquitted. The High Court acquits Eight on his
 * appeal (1 February 2011) and, on the State's appeal, convicts Nine (1 March 2011).</li>
 * <li>G: FIR under PACHTO-3, registered, investigated and charged in 2010; Ten convicted on 1 May 2010;
 * the High Court orders a retrial (1 September 2010); convicted again on 15 January 2011.</li>
 * <li>H: FIR under PACHTO-3, registered and investigated in February 2010, its one accused the same person
 * as F's Eight (a recruiter named in two FIRs): one person, investigated in two cases.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProsecutionStatisticsContract {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private static final StatuteCode PACHTO = StatuteCode.of("PACHTO-3");
    private static final StatuteCode EO = StatuteCode.of("EO-18");

    protected abstract CaseEventWriter cases();

    protected abstract ProsecutionStatistics statistics();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final StatuteCatalogue catalogue = StatuteCatalogueFixture.catalogue();

    @BeforeAll
    void fiveCases() {
        FiaCircle office = new FiaCircle("AHTC Statistics " + run);
        OffenceFacts facts = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION, Means.COERCION),
                Set.of(Purpose.FORCED_LABOUR), Route.of("PK", "AE"), LocalDate.of(2005, 12, 1), Set.of());

        Case a = Case.register(CaseId.random(), new FirNumber("STAT-A-" + run), office, LocalDate.of(2006, 2, 1),
                Set.of(PACHTO, EO), List.of(), TODAY);
        a.startInvestigation(LocalDate.of(2006, 2, 10), TODAY);
        PersonId girl = victim(a, Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(1995, 1, 1)), Set.of(Purpose.PROSTITUTION), 1);
        PersonId woman = victim(a, Gender.FEMALE, AgeEvidence.estimated(30, LocalDate.of(2006, 2, 1)),
                Set.of(Purpose.FORCED_LABOUR, Purpose.DOMESTIC_SERVITUDE), 2);
        PersonId man = victim(a, Gender.MALE, AgeEvidence.unknown(), Set.of(Purpose.FORCED_LABOUR), 3);
        PersonId turnedEighteen = victim(a, Gender.TRANSGENDER, AgeEvidence.bornOn(LocalDate.of(1987, 12, 15)), Set.of(), 6);
        PersonId one = accused(a, "One");
        PersonId two = accused(a, "Two");
        accused(a, "Three");
        OffenceId onePachto = OffenceId.random();
        OffenceId twoPachto = OffenceId.random();
        OffenceId twoEo = OffenceId.random();
        a.fileChargeSheet(List.of(
                new Charge(onePachto, one, StatuteRef.of("PACHTO-3", 1), Set.of(woman, man, turnedEighteen), facts),
                new Charge(twoPachto, two, StatuteRef.of("PACHTO-3", 1), Set.of(girl), facts),
                new Charge(twoEo, two, StatuteRef.of("EO-18", 1), Set.of(woman), facts)), catalogue,
                LocalDate.of(2007, 1, 15), TODAY);
        a.openTrial(LocalDate.of(2007, 2, 1), TODAY);
        a.recordVerdict(onePachto, VerdictOutcome.CONVICTED, LocalDate.of(2007, 6, 1), TODAY);
        a.recordVerdict(twoPachto, VerdictOutcome.ACQUITTED, LocalDate.of(2007, 6, 1), TODAY);
        a.recordVerdict(twoEo, VerdictOutcome.CONVICTED, LocalDate.of(2007, 6, 1), TODAY);

        Case b = Case.register(CaseId.random(), new FirNumber("STAT-B-" + run), office, LocalDate.of(2006, 5, 1),
                Set.of(PACHTO), List.of(), TODAY);
        victim(b, Gender.FEMALE, AgeEvidence.estimated(15, LocalDate.of(2006, 5, 1)), Set.of(Purpose.SEXUAL_EXPLOITATION), 4);
        victim(b, Gender.TRANSGENDER, AgeEvidence.bornOn(LocalDate.of(1987, 4, 1)), Set.of(), 7);
        b.startInvestigation(LocalDate.of(2007, 1, 3), TODAY);
        accused(b, "Four");

        Case c = Case.register(CaseId.random(), new FirNumber("STAT-C-" + run), office, LocalDate.of(2006, 7, 1),
                Set.of(StatuteCode.of("PPC-371A")), List.of(), TODAY);
        victim(c, Gender.MALE, AgeEvidence.bornOn(LocalDate.of(1980, 1, 1)), Set.of(), 5);

        Case d = Case.register(CaseId.random(), new FirNumber("STAT-D-" + run), office, LocalDate.of(2006, 3, 1),
                Set.of(PACHTO), List.of(), TODAY);
        d.startInvestigation(LocalDate.of(2006, 3, 10), TODAY);
        d.addAccused(Trafficker.person(PersonId.random(), "Accused Five", Set.of(TraffickerRole.RECRUITER),
                CountryCode.PAKISTAN), null, LocalDate.of(2006, 4, 1), TODAY);
        d.addAccused(Trafficker.person(PersonId.random(), "Accused Six", Set.of(TraffickerRole.TRANSPORTER),
                CountryCode.PAKISTAN), null, LocalDate.of(2007, 2, 1), TODAY);

        Case e = Case.register(CaseId.random(), new FirNumber("STAT-E-" + run), office, LocalDate.of(2009, 3, 1),
                Set.of(PACHTO, StatuteCode.of("PPC-371A")), List.of(), TODAY);
        e.startInvestigation(LocalDate.of(2009, 3, 2), TODAY);
        accused(e, "Seven");

        OffenceFacts recordedInB = new OffenceFacts(facts.acts(), facts.means(), facts.purposes(), facts.route(),
                LocalDate.of(2005, 3, 1), Set.of());
        b.recordFacts(recordedInB, TODAY);
        Case f = Case.register(CaseId.random(), new FirNumber("STAT-F-" + run), office, LocalDate.of(2010, 1, 10),
                Set.of(PACHTO), List.of(), TODAY);
        f.startInvestigation(LocalDate.of(2010, 1, 11), TODAY);
        PersonId victimOfF = victim(f, Gender.FEMALE, AgeEvidence.bornOn(LocalDate.of(1990, 1, 1)), Set.of(Purpose.FORCED_LABOUR), 8);
        PersonId eight = accused(f, "Eight");
        PersonId nine = accused(f, "Nine");
        f.transfer(new InvestigatingOffice(Agency.FIA, "AHTC Multan " + run, Optional.of(Province.PUNJAB), Optional.empty()),
                "the recruiters operate from Multan", LocalDate.of(2010, 2, 1), catalogue, TODAY);
        OffenceId eightPachto = OffenceId.random();
        OffenceId ninePachto = OffenceId.random();
        f.fileChargeSheet(List.of(
                new Charge(eightPachto, eight, StatuteRef.of("PACHTO-3", 1), Set.of(victimOfF), facts),
                new Charge(ninePachto, nine, StatuteRef.of("PACHTO-3", 1), Set.of(victimOfF), facts)), catalogue,
                LocalDate.of(2010, 3, 1), TODAY);
        f.openTrial(LocalDate.of(2010, 3, 10), TODAY);
        LocalDate judgmentOfF = LocalDate.of(2010, 6, 1);
        f.recordVerdict(eightPachto, VerdictOutcome.CONVICTED, judgmentOfF, TODAY);
        f.recordSentence(eightPachto, Sentence.imprisonment(judgmentOfF, Period.ofYears(5)).withFine(Rupees.of(100_000)), catalogue, TODAY);
        f.recordVerdict(ninePachto, VerdictOutcome.ACQUITTED, judgmentOfF, TODAY);
        AppealId eightsAppeal = appeal(f, eight, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, LocalDate.of(2010, 7, 1));
        AppealId statesAppeal = appeal(f, nine, Appeal.Appellant.STATE, Appeal.AppealAgainst.ACQUITTAL, LocalDate.of(2010, 7, 1));
        f.decideAppeal(eightsAppeal, new Appeal.Decision(Appeal.AppealOutcome.ACQUITTED_ON_APPEAL, LocalDate.of(2011, 2, 1),
                List.of()), catalogue, TODAY);
        LocalDate convictedOnAppeal = LocalDate.of(2011, 3, 1);
        f.decideAppeal(statesAppeal, new Appeal.Decision(Appeal.AppealOutcome.CONVICTED_ON_APPEAL, convictedOnAppeal,
                List.of(new Appeal.AppellateSentence(ninePachto, Sentence.imprisonment(convictedOnAppeal, Period.ofYears(3)).withFine(Rupees.of(100_000))))),
                catalogue, TODAY);

        Case g = Case.register(CaseId.random(), new FirNumber("STAT-G-" + run), office, LocalDate.of(2010, 1, 20),
                Set.of(PACHTO), List.of(), TODAY);
        g.startInvestigation(LocalDate.of(2010, 1, 21), TODAY);
        PersonId victimOfG = victim(g, Gender.MALE, AgeEvidence.bornOn(LocalDate.of(1985, 1, 1)), Set.of(Purpose.FORCED_LABOUR), 9);
        PersonId ten = accused(g, "Ten");
        OffenceId tenPachto = OffenceId.random();
        g.fileChargeSheet(List.of(new Charge(tenPachto, ten, StatuteRef.of("PACHTO-3", 1), Set.of(victimOfG), facts)),
                catalogue, LocalDate.of(2010, 3, 1), TODAY);
        g.openTrial(LocalDate.of(2010, 3, 10), TODAY);
        LocalDate firstVerdict = LocalDate.of(2010, 5, 1);
        g.recordVerdict(tenPachto, VerdictOutcome.CONVICTED, firstVerdict, TODAY);
        g.recordSentence(tenPachto, Sentence.imprisonment(firstVerdict, Period.ofYears(5)).withFine(Rupees.of(100_000)), catalogue, TODAY);
        AppealId tensAppeal = appeal(g, ten, Appeal.Appellant.CONVICT, Appeal.AppealAgainst.CONVICTION, LocalDate.of(2010, 6, 1));
        g.decideAppeal(tensAppeal, new Appeal.Decision(Appeal.AppealOutcome.RETRIAL_ORDERED, LocalDate.of(2010, 9, 1), List.of()),
                catalogue, TODAY);
        LocalDate retrialVerdict = LocalDate.of(2011, 1, 15);
        g.recordVerdict(tenPachto, VerdictOutcome.CONVICTED, retrialVerdict, TODAY);
        g.recordSentence(tenPachto, Sentence.imprisonment(retrialVerdict, Period.ofYears(4)).withFine(Rupees.of(100_000)), catalogue, TODAY);

        Case h = Case.register(CaseId.random(), new FirNumber("STAT-H-" + run), office, LocalDate.of(2010, 2, 1),
                Set.of(PACHTO), List.of(), TODAY);
        h.startInvestigation(LocalDate.of(2010, 2, 2), TODAY);
        h.addAccused(Trafficker.person(eight, "Accused Eight alias Athi", Set.of(TraffickerRole.RECRUITER),
                CountryCode.PAKISTAN), null, LocalDate.of(2010, 2, 3), TODAY);

        for (Case stored : List.of(a, b, c, d, e, f, g, h)) {
            inTransaction(() -> cases().save(stored));
        }
    }

    private PersonId victim(Case c, Gender gender, AgeEvidence age, Set<Purpose> exploitation, int n) {
        PersonId id = PersonId.random();
        // Pseudonym numbers of their own, away from any other test's.
        c.addVictim(id, new VictimIdentity("Victim " + n, null, null, null),
                new VictimDetails(gender, age, CountryCode.PAKISTAN, Set.of(), exploitation, Set.of(), null),
                900_000 + Math.floorMod(run.hashCode(), 90_000) + n);
        return id;
    }

    private static PersonId accused(Case c, String name) {
        PersonId id = PersonId.random();
        c.addAccused(Trafficker.person(id, "Accused " + name, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN), null, c.latestDate(), c.latestDate());
        return id;
    }

    /** Files an appeal to the High Court and admits it on the day it is filed. */
    private static AppealId appeal(Case c, PersonId accused, Appeal.Appellant by, Appeal.AppealAgainst against, LocalDate on) {
        Appeal.Filing filing = new Appeal.Filing(AppealId.random(), accused, Appeal.AppealKind.APPEAL, by, against,
                Appeal.AppellateForum.HIGH_COURT, on, "the evidence was misread");
        c.fileAppeal(filing, TODAY);
        c.orderAdmission(filing.id(), new Appeal.Admission(true, on, null), TODAY);
        return filing.id();
    }

    private YearlyFigures figures(int year) {
        return inTransaction(() -> statistics().figuresFor(year));
    }

    @Test
    void investigated_counts_each_accused_under_each_fir_section_in_the_year_they_were_added_to_the_investigation() {
        // A's three accused (investigation of 2006) and D's first; B's accused and D's second count in 2007.
        assertThat(figures(2006).statutes()).containsExactly(
                new StatuteFigures(EO, 3, 0, 0), new StatuteFigures(PACHTO, 4, 0, 0));
    }

    @Test
    void prosecuted_and_convicted_count_each_accused_once_per_statute_in_the_year_of_the_charge_sheet_and_the_conviction() {
        assertThat(figures(2007).statutes()).containsExactly(
                new StatuteFigures(EO, 0, 1, 1), new StatuteFigures(PACHTO, 2, 2, 1));
    }

    @Test
    void the_headline_counts_trafficking_provisions_only_each_accused_once_and_once_per_provision() {
        // EO-18 (illegal recruitment) does not count as trafficking: A's accused count under PACHTO-3 only.
        assertThat(figures(2006).headline()).containsExactly(
                new HeadlineFigures(CountingUnit.PERSONS, 4, 0, 0),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 4, 0, 0));
        // Two is charged under PACHTO-3 and EO-18 and convicted under EO-18 only: prosecuted, not convicted, for trafficking.
        assertThat(figures(2007).headline()).containsExactly(
                new HeadlineFigures(CountingUnit.PERSONS, 2, 2, 1),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 2, 2, 1));
    }

    @Test
    void one_accused_under_two_trafficking_provisions_is_one_person_and_two_pairs() {
        YearlyFigures year = figures(2009);
        assertThat(year.persons()).isEqualTo(HeadlineFigures.persons(1, 0, 0));
        assertThat(year.pairs()).isEqualTo(new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 2, 0, 0));
    }

    @Test
    void victims_identified_are_those_of_cases_registered_that_year_by_sex_age_on_the_offence_date_and_exploitation() {
        YearlyFigures year = figures(2006);
        assertThat(year.victimsBySex()).isEqualTo(Map.of(Gender.FEMALE, 3L, Gender.MALE, 2L, Gender.TRANSGENDER, 2L));
        // Both transgender victims were adults when their case was registered, children on their offence date.
        assertThat(year.victimsByAgeGroup()).isEqualTo(Map.of(AgeGroup.CHILD, 4L, AgeGroup.ADULT, 2L, AgeGroup.UNKNOWN, 1L));
        assertThat(year.victimsByExploitation()).isEqualTo(Map.of(Purpose.PROSTITUTION, 1L, Purpose.FORCED_LABOUR, 2L,
                Purpose.DOMESTIC_SERVITUDE, 1L, Purpose.SEXUAL_EXPLOITATION, 1L));
        assertThat(year.casesByStatus()).isEqualTo(Map.of(CaseStatus.ON_TRIAL, 1L, CaseStatus.UNDER_INVESTIGATION, 2L,
                CaseStatus.REGISTERED, 1L));
    }

    @Test
    void a_conviction_set_aside_on_appeal_no_longer_counts_in_its_year_and_counts_as_set_aside_in_the_year_of_the_decision() {
        // F: Eight convicted in 2010, acquitted on appeal in 2011; G: Ten convicted in 2010, retrial ordered in 2010.
        assertThat(figures(2010).statutes()).containsExactly(new StatuteFigures(PACHTO, 4, 3, 0, 0, 1));
        assertThat(figures(2010).persons()).isEqualTo(HeadlineFigures.persons(4, 3, 0, 0, 1));
        // 2011: Ten convicted at his retrial; Nine convicted on the State's appeal, apart; Eight's conviction set aside.
        assertThat(figures(2011).statutes()).containsExactly(new StatuteFigures(PACHTO, 0, 0, 1, 1, 1));
        assertThat(figures(2011).headline()).containsExactly(HeadlineFigures.persons(0, 0, 1, 1, 1),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, 0, 0, 1, 1, 1));
    }

    @Test
    void the_persons_headline_is_split_by_the_agency_and_province_of_the_office_that_held_the_case_on_the_day_counted() {
        // F and G investigated in January 2010 at the circle without province; F charged after its transfer to Punjab.
        assertThat(figures(2010).offices()).containsExactly(
                new OfficeFigures(Agency.FIA, Optional.empty(), 4, 1, 0, 0),
                new OfficeFigures(Agency.FIA, Optional.of(Province.PUNJAB), 0, 2, 0, 0));
        assertThat(figures(2011).offices()).containsExactly(
                new OfficeFigures(Agency.FIA, Optional.empty(), 0, 0, 1, 0),
                new OfficeFigures(Agency.FIA, Optional.of(Province.PUNJAB), 0, 0, 0, 1));
        YearlyFigures year = figures(2010);
        assertThat(year.offices().stream().mapToLong(OfficeFigures::prosecuted).sum()).isEqualTo(year.persons().prosecuted());
    }

    @Test
    void distinct_persons_count_a_person_accused_in_several_cases_once_a_year() {
        // 2010: Eight investigated in F and in H is one person; F's Nine and G's Ten the others.
        assertThat(figures(2010).distinctPersons()).contains(HeadlineFigures.distinctPersons(3, 3, 0, 0, 1));
        assertThat(figures(2011).distinctPersons()).contains(HeadlineFigures.distinctPersons(0, 0, 1, 1, 1));
        assertThat(figures(2006).distinctPersons()).as("no person in two cases: as the persons headline")
                .contains(HeadlineFigures.distinctPersons(4, 0, 0, 0, 0));
    }

    @Test
    void a_year_without_cases_has_no_figures() {
        YearlyFigures year = figures(2008);
        assertThat(year.statutes()).isEmpty();
        assertThat(year.persons()).isEqualTo(HeadlineFigures.persons(0, 0, 0));
        assertThat(year.victimsBySex()).isEmpty();
        assertThat(year.casesByStatus()).isEmpty();
        assertThat(figures(2007).victimsBySex()).isEmpty();
    }
}
