package org.insaf.application.contract;

import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.Case;
import org.insaf.application.export.AgeBand;
import org.insaf.application.export.VictimRecord;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.application.port.out.VictimRecordSource;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link VictimRecordSource} must hand over. The victims here are citizens of Tuvalu
 * (TV) and Nauru (NR), which no other test uses, so a shared database may hold other victims of
 * the same years: the assertions look at these citizenships only.
 * <ul>
 * <li>A, registered 1 March 2003, recorded facts of 15 January 2003 alleging debt bondage, and a
 * charge for facts of 1 December 2002 alleging deception and threats: a girl of 12 (TV) and an
 * intersex child (NR) who turned 18 between the charge's offence date and the recorded facts' date,
 * both named in the charge; a man estimated 30 a year before (NR), in no charge; a transgender
 * child (NR) who turned 18 between the recorded facts' offence date and the registration, in no
 * charge; a victim of unknown sex and age (TV).</li>
 * <li>B, registered 31 December 2004, no facts and no charge (so the age is reckoned on the day of
 * registration): a woman turning 18 that day and one turning 18 the next day (TV).</li>
 * <li>C and D, registered 31 December 2002 and 1 January 2005: one woman each (TV), outside 2003–2004.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VictimRecordSourceContract {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private static final CountryCode TUVALU = CountryCode.of("TV");
    private static final CountryCode NAURU = CountryCode.of("NR");

    protected abstract CaseEventWriter cases();

    protected abstract VictimRecordSource source();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int victims;

    private static final VictimRecord GIRL = new VictimRecord(2003, Gender.FEMALE, AgeBand.FROM_9_TO_17, TUVALU,
            Set.of(Purpose.PROSTITUTION), Set.of(Means.DECEPTION, Means.THREAT, Means.DEBT_BONDAGE),
            RecruiterRelation.INTIMATE_PARTNER);
    private static final VictimRecord MAN = new VictimRecord(2003, Gender.MALE, AgeBand.FROM_30_TO_38, NAURU,
            Set.of(Purpose.BONDED_LABOUR), Set.of(Means.DEBT_BONDAGE), RecruiterRelation.FAMILY);
    private static final VictimRecord CHARGED_CHILD = new VictimRecord(2003, Gender.INTERSEX, AgeBand.FROM_9_TO_17, NAURU,
            Set.of(Purpose.FORCED_LABOUR), Set.of(Means.DECEPTION, Means.THREAT, Means.DEBT_BONDAGE), RecruiterRelation.OTHER);
    private static final VictimRecord FACTS_CHILD = new VictimRecord(2003, Gender.TRANSGENDER, AgeBand.FROM_9_TO_17, NAURU,
            Set.of(Purpose.BONDED_LABOUR), Set.of(Means.DEBT_BONDAGE), RecruiterRelation.FAMILY);
    private static final VictimRecord UNKNOWN = new VictimRecord(2003, Gender.UNKNOWN, AgeBand.UNKNOWN, TUVALU,
            Set.of(), Set.of(Means.DEBT_BONDAGE), RecruiterRelation.UNKNOWN);
    private static final VictimRecord EIGHTEEN = new VictimRecord(2004, Gender.FEMALE, AgeBand.FROM_18_TO_20, TUVALU,
            Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND);
    private static final VictimRecord SEVENTEEN = new VictimRecord(2004, Gender.FEMALE, AgeBand.FROM_9_TO_17, TUVALU,
            Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FRIEND);
    private static final VictimRecord BEFORE = new VictimRecord(2002, Gender.FEMALE, AgeBand.FROM_21_TO_23, TUVALU,
            Set.of(), Set.of(), RecruiterRelation.OTHER);
    private static final VictimRecord AFTER = new VictimRecord(2005, Gender.FEMALE, AgeBand.FROM_21_TO_23, TUVALU,
            Set.of(), Set.of(), RecruiterRelation.OTHER);

    @BeforeAll
    void fourCases() {
        FiaCircle office = new FiaCircle("AHTC Export " + run);
        StatuteCode pachto = StatuteCode.of("PACHTO-3");
        OffenceFacts recorded = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DEBT_BONDAGE),
                Set.of(Purpose.FORCED_LABOUR), Route.of("PK", "AE"), LocalDate.of(2003, 1, 15), Set.of());
        OffenceFacts charged = new OffenceFacts(Set.of(Act.RECRUITMENT), Set.of(Means.DECEPTION, Means.THREAT),
                Set.of(Purpose.PROSTITUTION), Route.of("PK", "AE"), LocalDate.of(2002, 12, 1), Set.of());

        Case a = Case.register(CaseId.random(), new FirNumber("EXP-A-" + run), office, LocalDate.of(2003, 3, 1),
                Set.of(pachto), TODAY);
        a.startInvestigation(LocalDate.of(2003, 3, 5), TODAY);
        PersonId girl = victim(a, GIRL, AgeEvidence.bornOn(LocalDate.of(1990, 3, 2)));
        PersonId child = victim(a, CHARGED_CHILD, AgeEvidence.bornOn(LocalDate.of(1984, 12, 15)));
        victim(a, MAN, AgeEvidence.estimated(30, LocalDate.of(2002, 1, 1)));
        victim(a, FACTS_CHILD, AgeEvidence.bornOn(LocalDate.of(1985, 2, 1)));
        victim(a, UNKNOWN, AgeEvidence.unknown());
        PersonId accused = PersonId.random();
        a.addAccused(Trafficker.person(accused, "Accused " + run, Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
        a.recordFacts(recorded, TODAY);
        a.fileChargeSheet(List.of(new Charge(OffenceId.random(), accused, StatuteRef.of("PACHTO-3", 1), Set.of(girl, child),
                charged)), StatuteCatalogueFixture.catalogue(), LocalDate.of(2003, 6, 1), TODAY);

        Case b = Case.register(CaseId.random(), new FirNumber("EXP-B-" + run), office, LocalDate.of(2004, 12, 31),
                Set.of(pachto), TODAY);
        victim(b, EIGHTEEN, AgeEvidence.bornOn(LocalDate.of(1986, 12, 31)));
        victim(b, SEVENTEEN, AgeEvidence.bornOn(LocalDate.of(1987, 1, 1)));

        Case c = Case.register(CaseId.random(), new FirNumber("EXP-C-" + run), office, LocalDate.of(2002, 12, 31),
                Set.of(pachto), TODAY);
        victim(c, BEFORE, AgeEvidence.estimated(22, LocalDate.of(2002, 12, 31)));
        Case d = Case.register(CaseId.random(), new FirNumber("EXP-D-" + run), office, LocalDate.of(2005, 1, 1),
                Set.of(pachto), TODAY);
        victim(d, AFTER, AgeEvidence.estimated(22, LocalDate.of(2005, 1, 1)));

        for (Case stored : List.of(a, b, c, d)) {
            inTransaction(() -> cases().save(stored));
        }
    }

    /** Adds a victim whose details are those the expected record says, with a name and CNIC that must never come out. */
    private PersonId victim(Case c, VictimRecord expected, AgeEvidence age) {
        PersonId id = PersonId.random();
        victims++;
        c.addVictim(id, new VictimIdentity("Export Victim " + victims, "35202-0000000-" + (victims % 10), null, "Funafuti"),
                new VictimDetails(expected.gender(), age, expected.citizenship(), Set.of(), expected.exploitation(),
                        Set.of(), expected.recruiterRelation()),
                // Pseudonym numbers of their own, away from any other test's.
                800_000 + Math.floorMod(run.hashCode(), 90_000) + victims);
        return id;
    }

    private List<VictimRecord> ours(int fromYear, int toYear) {
        List<VictimRecord> all = new ArrayList<>();
        inTransaction(() -> {
            source().registeredBetween(fromYear, toYear, all::add);
            return null;
        });
        return all.stream().filter(r -> TUVALU.equals(r.citizenship()) || NAURU.equals(r.citizenship())).toList();
    }

    @Test
    void one_record_per_victim_of_the_cases_registered_in_the_years_both_included() {
        assertThat(ours(2003, 2004)).containsExactlyInAnyOrder(GIRL, CHARGED_CHILD, MAN, FACTS_CHILD, UNKNOWN, EIGHTEEN, SEVENTEEN);
        assertThat(ours(2002, 2005)).containsExactlyInAnyOrder(BEFORE, GIRL, CHARGED_CHILD, MAN, FACTS_CHILD, UNKNOWN,
                EIGHTEEN, SEVENTEEN, AFTER);
        assertThat(ours(2003, 2003)).containsExactlyInAnyOrder(GIRL, CHARGED_CHILD, MAN, FACTS_CHILD, UNKNOWN);
    }

    @Test
    void the_age_band_is_the_age_on_the_offence_date_from_the_birth_date_or_the_moved_estimate() {
        List<VictimRecord> a = ours(2003, 2003);
        assertThat(a).filteredOn(r -> r.gender() == Gender.INTERSEX).extracting(VictimRecord::ageBand)
                .as("17 on the earliest offence date of the charges naming them, 18 on the recorded facts' date")
                .containsExactly(AgeBand.FROM_9_TO_17);
        assertThat(a).filteredOn(r -> r.gender() == Gender.TRANSGENDER).extracting(VictimRecord::ageBand)
                .as("named in no charge: 17 on the recorded facts' offence date, 18 on the day of registration")
                .containsExactly(AgeBand.FROM_9_TO_17);
    }

    @Test
    void without_charges_or_recorded_facts_the_age_band_is_the_age_on_the_day_of_registration() {
        assertThat(ours(2004, 2004)).extracting(VictimRecord::ageBand)
                .containsExactlyInAnyOrder(AgeBand.FROM_18_TO_20, AgeBand.FROM_9_TO_17);
        assertThat(ours(2003, 2003)).filteredOn(r -> r.gender() == Gender.MALE).extracting(VictimRecord::ageBand)
                .containsExactly(AgeBand.FROM_30_TO_38);
    }

    @Test
    void means_of_control_are_those_of_the_charges_naming_the_victim_and_of_the_recorded_facts() {
        List<VictimRecord> a = ours(2003, 2003);
        assertThat(a).filteredOn(r -> r.gender() == Gender.FEMALE).singleElement()
                .extracting(VictimRecord::meansOfControl)
                .isEqualTo(Set.of(Means.DECEPTION, Means.THREAT, Means.DEBT_BONDAGE));
        assertThat(a).filteredOn(r -> r.gender() == Gender.INTERSEX).singleElement()
                .extracting(VictimRecord::meansOfControl)
                .isEqualTo(Set.of(Means.DECEPTION, Means.THREAT, Means.DEBT_BONDAGE));
        assertThat(a).filteredOn(r -> r.gender() == Gender.MALE || r.gender() == Gender.TRANSGENDER || r.gender() == Gender.UNKNOWN)
                .hasSize(3).allSatisfy(r -> assertThat(r.meansOfControl()).containsExactly(Means.DEBT_BONDAGE));
        assertThat(ours(2004, 2004)).allSatisfy(r -> assertThat(r.meansOfControl()).isEmpty());
    }

    @Test
    void years_without_registrations_hand_over_nothing() {
        assertThat(ours(2000, 2001)).isEmpty();
    }
}
