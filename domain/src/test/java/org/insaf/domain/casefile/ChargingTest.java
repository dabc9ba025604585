package org.insaf.domain.casefile;

import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.*;
import static org.insaf.domain.offence.FactsFixture.*;

class ChargingTest {

    static void assertRefusedUnchanged(Case c, Runnable step, Rule rule, String messagePart) {
        CaseSnapshot before = c.snapshot();
        List<CaseEvent> eventsBefore = c.pendingEvents();
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvariantViolation.class,
                e -> assertThat(e.rule()).isEqualTo(rule)).hasMessageContaining(messagePart);
        assertThat(c.snapshot()).isEqualTo(before);
        assertThat(c.pendingEvents()).as("a refused step records no event").isEqualTo(eventsBefore);
    }

    @Test
    void a_valid_charge_sheet_records_the_offences_and_moves_the_case() {
        CaseFixture f = new CaseFixture().charged();
        assertThat(f.theCase.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
        assertThat(f.theCase.offences()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(f.offenceId);
            assertThat(o.accused()).isEqualTo(f.accusedId);
            assertThat(o.statute()).isEqualTo(PPC_369A);
            assertThat(o.victims()).containsExactly(f.victimId);
            assertThat(o.isDecided()).isFalse();
        });
        assertThat(f.theCase.warnings()).isEmpty();
    }

    @Test
    void invariant_1_no_charge_under_a_law_not_in_force_on_the_offence_date() {
        CaseFixture f = new CaseFixture().investigating();
        Charge early = f.charge(PPC_369A, internalForcedLabourByFraud(LocalDate.of(2016, 3, 17)));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(early), CATALOGUE, CHARGED, TODAY),
                Rule.LAW_IN_FORCE, "PPC-369A was not in force on 2016-03-17; it applies from 2016-03-18");
        f.theCase.fileChargeSheet(List.of(f.charge(PPC_369A, internalForcedLabourByFraud(LocalDate.of(2016, 3, 18)))),
                CATALOGUE, CHARGED, TODAY);
        assertThat(f.theCase.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
    }

    @Test
    void invariant_2_pachto_is_refused_for_trafficking_inside_pakistan() {
        CaseFixture f = new CaseFixture().investigating();
        Charge internal = f.charge(StatuteRef.of("PACHTO-3", 1), internalForcedLabourByFraud(OFFENCE));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(internal), CATALOGUE, CHARGED, TODAY),
                Rule.TERRITORIAL_SCOPE, "stays inside Pakistan");
    }

    @Test
    void invariant_3_the_elements_must_be_met() {
        CaseFixture f = new CaseFixture().investigating();
        OffenceFacts noMeans = facts(OFFENCE, Route.withinPakistan(), Set.of(Act.RECRUITMENT), Set.of(),
                Set.of(Purpose.FORCED_LABOUR));
        assertRefusedUnchanged(f.theCase,
                () -> f.theCase.fileChargeSheet(List.of(f.charge(PPC_369A, noMeans)), CATALOGUE, CHARGED, TODAY),
                Rule.ELEMENTS_SATISFIED, "PPC-369A is not made out on these facts: missing one of the means");
    }

    @Test
    void one_bad_count_stops_the_whole_charge_sheet() {
        CaseFixture f = new CaseFixture().investigating();
        Charge good = f.validCharge();
        Charge bad = new Charge(OffenceId.random(), f.accusedId, StatuteRef.of("PACHTO-3", 1), Set.of(f.victimId),
                internalForcedLabourByFraud(OFFENCE));
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(good, bad), CATALOGUE, CHARGED, TODAY),
                Rule.TERRITORIAL_SCOPE, "PACHTO-3");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(good, good), CATALOGUE, CHARGED, TODAY),
                Rule.PARTIES_OF_THE_CASE, "appears twice");
    }

    @Test
    void charges_name_only_parties_and_statutes_of_the_case() {
        CaseFixture f = new CaseFixture().investigating();
        OffenceFacts facts = internalForcedLabourByFraud(OFFENCE);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(new Charge(OffenceId.random(),
                        PersonId.random(), PPC_369A, Set.of(f.victimId), facts)), CATALOGUE, CHARGED, TODAY),
                Rule.PARTIES_OF_THE_CASE, "the accused of a charge must first be added to the case");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(new Charge(OffenceId.random(),
                        f.accusedId, PPC_369A, Set.of(PersonId.random()), facts)), CATALOGUE, CHARGED, TODAY),
                Rule.PARTIES_OF_THE_CASE, "the victims of a charge must be victims of the case");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(f.charge(StatuteRef.of("PPC-369A", 9),
                        facts)), CATALOGUE, CHARGED, TODAY),
                Rule.LAW_IN_FORCE, "PPC-369A v9 is not in the statute catalogue");
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(f.charge(PPC_369A,
                        internalForcedLabourByFraud(CHARGED.plusDays(1)))), CATALOGUE, CHARGED, TODAY),
                Rule.BUSINESS_DATE, "the offence date 2017-04-04 is after the charge sheet date 2017-04-03");
        f.theCase.fileChargeSheet(List.of(f.charge(PPC_369A, internalForcedLabourByFraud(CHARGED))), CATALOGUE, CHARGED, TODAY);
        assertThat(f.theCase.offences()).hasSize(1);
    }

    @Test
    void a_charge_sheet_is_not_empty_and_is_filed_under_investigation_only() {
        CaseFixture f = new CaseFixture().withParties();
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(f.validCharge()), CATALOGUE, CHARGED,
                TODAY), Rule.LIFECYCLE, "a case that is REGISTERED cannot move to CHARGE_SHEET_FILED");
        f.theCase.startInvestigation(INVESTIGATING, TODAY);
        assertThatThrownBy(() -> f.theCase.fileChargeSheet(List.of(), CATALOGUE, CHARGED, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("CHARGE_SHEET_NOT_EMPTY"));
        assertThatThrownBy(() -> f.theCase.fileChargeSheet(null, CATALOGUE, CHARGED, TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertRefusedUnchanged(f.theCase, () -> f.theCase.fileChargeSheet(List.of(f.validCharge()), CATALOGUE,
                INVESTIGATING.minusDays(1), TODAY), Rule.BUSINESS_DATE, "is before");
        assertThat(f.theCase.offences()).isEmpty();
    }

    @Nested
    class Invariant_6_trafficking_is_not_smuggling {

        @Test
        void exploitation_charged_only_as_smuggling_raises_a_warning_not_a_refusal() {
            CaseFixture f = new CaseFixture().investigating();
            OffenceFacts smuggledToBeExploited = new OffenceFacts(Set.of(Act.PROCURING_ILLEGAL_ENTRY), Set.of(),
                    Set.of(Purpose.FORCED_LABOUR), Route.of("PK", "IR", "TR"), LocalDate.of(2019, 3, 1),
                    Set.of(org.insaf.domain.statute.StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT));
            f.theCase.fileChargeSheet(List.of(f.charge(PSMA_3, smuggledToBeExploited)), CATALOGUE,
                    LocalDate.of(2019, 6, 1), TODAY);

            assertThat(f.theCase.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(f.theCase.warnings()).singleElement().satisfies(w -> {
                assertThat(w.rule()).isEqualTo(Rule.TRAFFICKING_NOT_SMUGGLING);
                assertThat(w.accused()).isEqualTo(f.accusedId);
                assertThat(w.message()).isEqualTo("possible mischarging: the facts show an exploitation purpose "
                        + "(forced labour) but the accused is charged only under PSMA-3, none of which punishes trafficking; "
                        + "trafficking is not smuggling, consider a trafficking provision");
            });
        }

        @Test
        void smuggling_without_exploitation_or_with_a_trafficking_count_too_raises_none() {
            MischargingPolicy policy = new MischargingPolicy();
            CaseFixture f = new CaseFixture();
            OffenceFacts plainSmuggling = new OffenceFacts(Set.of(Act.PROCURING_ILLEGAL_ENTRY), Set.of(), Set.of(),
                    Route.of("PK", "IR"), LocalDate.of(2019, 3, 1), Set.of());
            OffenceFacts exploitation = gulfLabourTrafficking(LocalDate.of(2019, 3, 1));
            var smuggling = org.insaf.domain.offence.Offence.charged(OffenceId.random(), f.accusedId, PSMA_3,
                    Set.of(f.victimId), plainSmuggling);
            var smugglingForLabour = org.insaf.domain.offence.Offence.charged(OffenceId.random(), f.accusedId, PSMA_3,
                    Set.of(f.victimId), exploitation);
            var trafficking = org.insaf.domain.offence.Offence.charged(OffenceId.random(), f.accusedId,
                    StatuteRef.of("PTPA-3", 1), Set.of(f.victimId), exploitation);
            var otherAccused = org.insaf.domain.offence.Offence.charged(OffenceId.random(), PersonId.random(),
                    StatuteRef.of("EO-18", 1), Set.of(f.victimId), exploitation);

            assertThat(policy.warnings(List.of(smuggling), CATALOGUE)).isEmpty();
            assertThat(policy.warnings(List.of(smugglingForLabour, trafficking), CATALOGUE)).isEmpty();
            assertThat(policy.warnings(List.of(smugglingForLabour, trafficking, otherAccused), CATALOGUE))
                    .singleElement().satisfies(w -> assertThat(w.message()).contains("only under EO-18"));
        }
    }

    @Nested
    class Invariant_7_victims_are_not_accused_by_default {

        @Test
        void a_victim_of_the_case_is_accused_only_with_a_recorded_justification() {
            CaseFixture f = new CaseFixture().withParties();
            Trafficker victimAsRecruiter = Trafficker.person(f.victimId, "Same person", Set.of(TraffickerRole.RECRUITER),
                    null);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(victimAsRecruiter, null, f.theCase.latestDate(), f.theCase.latestDate()), Rule.VICTIM_NOT_ACCUSED,
                    "V-2017-000123 is recorded as a victim of this case; accusing this person needs a recorded justification");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(victimAsRecruiter, "  ", f.theCase.latestDate(), f.theCase.latestDate()), Rule.VICTIM_NOT_ACCUSED,
                    "V-2017-000123");

            f.theCase.addAccused(victimAsRecruiter, "recruited others after release, not under control (statement of 2017-03-01)", f.theCase.latestDate(), f.theCase.latestDate());

            assertThat(f.theCase.accusedPerson(f.victimId)).hasValueSatisfying(a -> assertThat(a.justification())
                    .contains("recruited others after release, not under control (statement of 2017-03-01)"));
        }

        @Test
        void the_same_person_is_recognised_by_cnic_as_well() {
            CaseFixture f = new CaseFixture().withParties();
            Trafficker sameCnic = Trafficker.person(PersonId.random(), "Other record", Set.of(), null)
                    .withCnic("35202-1234567-1");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(sameCnic, null, f.theCase.latestDate(), f.theCase.latestDate()), Rule.VICTIM_NOT_ACCUSED, "V-2017-000123");
            Trafficker otherCnic = Trafficker.person(PersonId.random(), "Stranger", Set.of(), null)
                    .withCnic("35202-7654321-1");
            f.theCase.addAccused(otherCnic, "not needed", f.theCase.latestDate(), f.theCase.latestDate());
            assertThat(f.theCase.accusedPerson(otherCnic.id())).hasValueSatisfying(a ->
                    assertThat(a.justification()).isEmpty());
        }

        @Test
        void an_accused_is_added_once_and_until_the_trial_ends() {
            CaseFixture f = new CaseFixture().withParties();
            Trafficker again = Trafficker.person(f.accusedId, "Kiln owner", Set.of(), null);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(again, null, f.theCase.latestDate(), f.theCase.latestDate()), Rule.PARTIES_OF_THE_CASE,
                    "Kiln owner is already accused in this case");
            f.theCase.startInvestigation(INVESTIGATING, TODAY);
            f.theCase.fileChargeSheet(List.of(f.validCharge()), CATALOGUE, CHARGED, TODAY);
            // found after the charge sheet: added, to be charged by a supplementary sheet (s.173 CrPC)
            f.theCase.addAccused(Trafficker.person(PersonId.random(), "Found later", Set.of(), null), null,
                    f.theCase.latestDate(), f.theCase.latestDate());
            f.theCase.openTrial(TRIAL, TODAY);
            f.theCase.recordVerdict(f.offenceId, org.insaf.domain.offence.VerdictOutcome.ACQUITTED, TRIAL, TODAY);
            f.theCase.decide(TRIAL, TODAY);
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addAccused(Trafficker.person(PersonId.random(), "Late",
                    Set.of(), null), null, f.theCase.latestDate(), f.theCase.latestDate()), Rule.LIFECYCLE,
                    "adding an accused is possible only while the case is REGISTERED or UNDER_INVESTIGATION or "
                            + "CHARGE_SHEET_FILED or ON_TRIAL; it is DECIDED");
        }
    }

    @Nested
    class Victims {

        @Test
        void the_case_gives_each_victim_a_pseudonym_of_its_registration_year() {
            CaseFixture f = new CaseFixture();
            Pseudonym pseudonym = f.theCase.addVictim(PersonId.random(), new VictimIdentity("A", null, null, null),
                    VictimFixture.details(Gender.FEMALE, AgeEvidence.estimated(14, REGISTERED_ON)), 42);
            assertThat(pseudonym.value()).isEqualTo("V-2017-000042");
            assertThat(f.theCase.victims()).extracting(v -> v.pseudonym().value()).containsExactly("V-2017-000042");
            f.theCase.addVictim(PersonId.random(), new VictimIdentity("B", null, null, null),
                    VictimFixture.details(Gender.MALE, null), 43);
            assertThat(f.theCase.victims()).hasSize(2);
        }

        @Test
        void a_person_or_pseudonym_is_recorded_once() {
            CaseFixture f = new CaseFixture().withParties();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addVictim(f.victimId, new VictimIdentity("A", null, null, null),
                    VictimFixture.details(Gender.FEMALE, null), 124), Rule.PARTIES_OF_THE_CASE, "already recorded");
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addVictim(PersonId.random(),
                    new VictimIdentity("A", null, null, null), VictimFixture.details(Gender.FEMALE, null), 123),
                    Rule.PARTIES_OF_THE_CASE, "V-2017-000123");
        }

        @Test
        void no_victim_is_recorded_once_the_charge_sheet_is_filed() {
            CaseFixture f = new CaseFixture().onTrial();
            assertRefusedUnchanged(f.theCase, () -> f.theCase.addVictim(PersonId.random(),
                    new VictimIdentity("A", null, null, null), VictimFixture.details(null, null), 7),
                    Rule.LIFECYCLE, "recording a victim is possible only while the case is REGISTERED or UNDER_INVESTIGATION");
        }
    }

    @Test
    void a_charge_names_a_victim_who_is_not_the_accused() {
        CaseFixture f = new CaseFixture().investigating();
        assertThatThrownBy(() -> f.theCase.fileChargeSheet(List.of(new Charge(OffenceId.random(), f.accusedId, PPC_369A,
                Set.of(), internalForcedLabourByFraud(OFFENCE))), CATALOGUE, CHARGED, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("OFFENCE_NAMES_A_VICTIM"));
        assertThat(f.theCase.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    }
}
