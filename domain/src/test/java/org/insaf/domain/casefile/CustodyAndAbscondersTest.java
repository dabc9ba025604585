package org.insaf.domain.casefile;

import org.insaf.domain.casefile.BailApplication.Applicant;
import org.insaf.domain.casefile.BailApplication.Cancellation;
import org.insaf.domain.casefile.BailApplication.Decision;
import org.insaf.domain.casefile.BailApplication.Outcome;
import org.insaf.domain.casefile.event.BailApplied;
import org.insaf.domain.casefile.event.BailDecided;
import org.insaf.domain.casefile.event.CustodyChanged;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.CHARGED;
import static org.insaf.domain.casefile.CaseFixture.INVESTIGATING;
import static org.insaf.domain.casefile.CaseFixture.OFFENCE;
import static org.insaf.domain.casefile.CaseFixture.PPC_369A;
import static org.insaf.domain.casefile.CaseFixture.REGISTERED_ON;
import static org.insaf.domain.casefile.CaseFixture.TODAY;
import static org.insaf.domain.casefile.CaseFixture.TRIAL;
import static org.insaf.domain.casefile.ChargingTest.assertRefusedUnchanged;
import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;

/** Items 2 and 3 of issue 17: custody, bail (ss.496-498 CrPC), absconders (ss.87-88, 512) and s.173 supplements. */
class CustodyAndAbscondersTest {

    static final LocalDate ARREST = LocalDate.of(2017, 1, 20);
    static final Rupees SURETY = Rupees.of(200_000);

    /** A second accused, Broker, who may abscond while the kiln owner is tried. */
    static final class TwoAccused {
        final CaseFixture f = new CaseFixture().withParties();
        final Case c = f.theCase;
        final PersonId broker = PersonId.random();
        final OffenceId brokerCharge = OffenceId.random();

        TwoAccused() {
            c.addAccused(Trafficker.person(broker, "Broker", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN),
                    null, c.latestDate(), c.latestDate());
            c.startInvestigation(INVESTIGATING, TODAY);
        }

        Charge brokerCharge() {
            return new Charge(brokerCharge, broker, PPC_369A, Set.of(f.victimId), internalForcedLabourByFraud(OFFENCE));
        }

        BailApplication application(PersonId accused, LocalDate on) {
            return BailApplication.filed(BailApplicationId.random(), accused, "Sessions Court Lahore", on,
                    Applicant.COUNSEL);
        }
    }

    @Nested
    class CustodyStatusIsAlwaysKnownAndDated {

        @Test
        void an_accused_is_not_arrested_from_the_day_added_until_a_step_changes_it() {
            TwoAccused t = new TwoAccused();
            assertThat(t.c.custodyOf(t.broker)).isEqualTo(CustodyChange.of(t.broker, CustodyStatus.NOT_ARRESTED, REGISTERED_ON));
            t.c.arrest(t.broker, ARREST, TODAY);
            assertThat(t.c.custodyOf(t.broker).status()).isEqualTo(CustodyStatus.IN_CUSTODY);
            assertThat(t.c.custodyHistory(t.broker)).extracting(CustodyChange::status)
                    .containsExactly(CustodyStatus.NOT_ARRESTED, CustodyStatus.IN_CUSTODY);
            assertThat(t.c.pendingEvents()).last().isEqualTo(new CustodyChanged(t.c.id(),
                    CustodyChange.of(t.broker, CustodyStatus.IN_CUSTODY, ARREST)));
        }

        @Test
        void only_the_moves_the_code_knows() {
            TwoAccused t = new TwoAccused();
            t.c.arrest(t.broker, ARREST, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.arrest(t.broker, ARREST, TODAY), Rule.CUSTODY_STATUS,
                    "Broker is IN_CUSTODY and cannot become IN_CUSTODY; from IN_CUSTODY only ON_BAIL or ABSCONDING");
            assertRefusedUnchanged(t.c, () -> t.c.declareProclaimedOffender(t.broker, ARREST, false, ARREST.plusDays(40),
                    TODAY), Rule.CUSTODY_STATUS, "Broker is IN_CUSTODY and cannot become PROCLAIMED_OFFENDER");
            assertThat(CustodyStatus.PROCLAIMED_OFFENDER.next()).containsExactly(CustodyStatus.IN_CUSTODY);
            assertThat(CustodyStatus.ABSCONDING.canMoveTo(CustodyStatus.ON_BAIL)).isFalse();
        }

        @Test
        void custody_dates_do_not_run_backwards_nor_into_the_future() {
            TwoAccused t = new TwoAccused();
            assertRefusedUnchanged(t.c, () -> t.c.arrest(t.broker, INVESTIGATING.minusDays(1), TODAY), Rule.BUSINESS_DATE,
                    "is before");
            assertRefusedUnchanged(t.c, () -> t.c.arrest(t.broker, TODAY.plusDays(1), TODAY), Rule.BUSINESS_DATE,
                    "in the future");
            t.c.arrest(t.broker, INVESTIGATING, TODAY);
            assertThat(t.c.latestDate()).isEqualTo(INVESTIGATING);
        }

        @Test
        void no_custody_is_recorded_for_a_stranger_or_in_a_case_that_is_over() {
            TwoAccused t = new TwoAccused();
            assertRefusedUnchanged(t.c, () -> t.c.arrest(PersonId.random(), ARREST, TODAY), Rule.PARTIES_OF_THE_CASE,
                    "no accused");
            t.c.closeInvestigation("no evidence", ARREST, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.arrest(t.broker, ARREST, TODAY), Rule.LIFECYCLE,
                    "custody is recorded only while the case is REGISTERED, UNDER_INVESTIGATION, CHARGE_SHEET_FILED, "
                            + "ON_TRIAL; it is INVESTIGATION_CLOSED");
        }

        @Test
        void an_accused_tried_on_every_charge_has_no_more_custody_steps_here() {
            TwoAccused t = new TwoAccused();
            t.c.fileChargeSheet(List.of(t.f.validCharge(), t.brokerCharge()), CATALOGUE, CHARGED, TODAY);
            t.c.openTrial(TRIAL, TODAY);
            t.c.recordVerdict(t.brokerCharge, VerdictOutcome.ACQUITTED, TRIAL, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.declareAbsconding(t.broker, TRIAL, TODAY), Rule.CUSTODY_STATUS,
                    "Broker has been tried (every charge has a verdict)");
            t.c.declareAbsconding(t.f.accusedId, TRIAL, TODAY); // not yet tried
        }
    }

    @Nested
    class Bail {

        private static Case firUnder(Set<StatuteCode> sections, List<String> otherSections) {
            Case c = Case.register(CaseId.random(), new FirNumber("FIR 3/2017"), new FiaCircle("AHTC Multan"),
                    REGISTERED_ON, sections, otherSections, TODAY);
            c.addAccused(Trafficker.person(PersonId.random(), "Owner", Set.of(), null), null, REGISTERED_ON, TODAY);
            return c;
        }

        private static BailApplication appliedFor(Case c, PersonId accused) {
            BailApplication application = BailApplication.filed(BailApplicationId.random(), accused, "Sessions Court",
                    REGISTERED_ON, Applicant.ACCUSED);
            c.applyForBail(application, TODAY);
            return application;
        }

        @Test
        void bail_in_a_non_bailable_offence_is_the_courts_discretion_recorded_with_its_reason() {
            TwoAccused t = new TwoAccused();
            t.c.arrest(t.broker, ARREST, TODAY);
            BailApplication first = t.application(t.broker, ARREST.plusDays(2));
            t.c.applyForBail(first, TODAY);
            assertThat(t.c.pendingEvents()).last().isEqualTo(new BailApplied(t.c.id(), first));
            Decision unreasoned = new Decision(Outcome.REFUSED, ARREST.plusDays(5), null, " ");
            assertRefusedUnchanged(t.c, () -> t.c.decideBail(first.id(), unreasoned, CATALOGUE, TODAY),
                    Rule.BAIL_DISCRETION_REASONED, "Broker faces a non-bailable offence: bail is the court's discretion "
                            + "(s.497 CrPC) and its order records the reason for the refused");
            Decision refused = new Decision(Outcome.REFUSED, ARREST.plusDays(5), null, "prima facie involved");
            t.c.decideBail(first.id(), refused, CATALOGUE, TODAY);
            assertThat(t.c.custodyOf(t.broker).status()).isEqualTo(CustodyStatus.IN_CUSTODY);
            Decision grantWithoutReason = new Decision(Outcome.GRANTED, ARREST.plusDays(30), SURETY, null);
            BailApplication second = t.application(t.broker, ARREST.plusDays(20));
            t.c.applyForBail(second, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.decideBail(second.id(), grantWithoutReason, CATALOGUE, TODAY),
                    Rule.BAIL_DISCRETION_REASONED, "the reason for the granted");
            t.c.decideBail(second.id(), new Decision(Outcome.GRANTED, ARREST.plusDays(30), SURETY, "further inquiry"),
                    CATALOGUE, TODAY);
            assertThat(t.c.custodyOf(t.broker)).isEqualTo(CustodyChange.of(t.broker, CustodyStatus.ON_BAIL,
                    ARREST.plusDays(30)));
            assertThat(t.c.pendingEvents()).filteredOn(BailDecided.class::isInstance).hasSize(2);
        }

        @Test
        void bail_in_a_bailable_offence_is_a_right_and_is_never_refused() {
            Case c = firUnder(Set.of(StatuteCode.of("BLAA-11")), List.of());
            PersonId owner = c.accused().get(0).trafficker().id();
            BailApplication application = appliedFor(c, owner);
            assertRefusedUnchanged(c, () -> c.decideBail(application.id(), new Decision(Outcome.REFUSED, REGISTERED_ON,
                    null, "serious allegations"), CATALOGUE, TODAY), Rule.BAIL_AS_OF_RIGHT,
                    "every offence Owner faces is bailable: bail is a right (s.496 CrPC) and cannot be refused");
            c.decideBail(application.id(), new Decision(Outcome.GRANTED, REGISTERED_ON, Rupees.of(1), null), CATALOGUE,
                    TODAY);
            assertThat(c.custodyOf(owner).status()).isEqualTo(CustodyStatus.ON_BAIL);
        }

        @Test
        void one_non_bailable_section_among_bailable_ones_leaves_bail_to_the_court() {
            Case c = firUnder(Set.of(StatuteCode.of("BLAA-11"), StatuteCode.of("PPC-369A")), List.of());
            PersonId owner = c.accused().get(0).trafficker().id();
            BailApplication application = appliedFor(c, owner);
            c.decideBail(application.id(), new Decision(Outcome.REFUSED, REGISTERED_ON, null, "369A is non-bailable"),
                    CATALOGUE, TODAY);
            assertThat(c.bailApplication(application.id())).hasValueSatisfying(b ->
                    assertThat(b.decision().outcome()).isEqualTo(Outcome.REFUSED));
        }

        @Test
        void a_section_of_another_law_leaves_bail_to_the_court() {
            Case c = firUnder(Set.of(StatuteCode.of("BLAA-11")), List.of("Emigration Ordinance s.22-A"));
            PersonId owner = c.accused().get(0).trafficker().id();
            BailApplication application = appliedFor(c, owner);
            assertRefusedUnchanged(c, () -> c.decideBail(application.id(), new Decision(Outcome.REFUSED, REGISTERED_ON,
                    null, null), CATALOGUE, TODAY), Rule.BAIL_DISCRETION_REASONED, "non-bailable");
        }

        @Test
        void an_absconder_cannot_ask_for_bail_and_one_application_is_decided_at_a_time() {
            TwoAccused t = new TwoAccused();
            t.c.declareAbsconding(t.broker, ARREST, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.applyForBail(t.application(t.broker, ARREST), TODAY),
                    Rule.CUSTODY_STATUS, "bail is asked for an accused in custody, or before arrest (s.498 CrPC); "
                            + "Broker is ABSCONDING");
            t.c.arrest(t.broker, ARREST.plusDays(1), TODAY);
            BailApplication pending = t.application(t.broker, ARREST.plusDays(1));
            t.c.applyForBail(pending, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.applyForBail(t.application(t.broker, ARREST.plusDays(2)), TODAY),
                    Rule.CUSTODY_STATUS, "a bail application for Broker is already pending");
            assertRefusedUnchanged(t.c, () -> t.c.applyForBail(pending, TODAY), Rule.PARTIES_OF_THE_CASE,
                    "is already recorded");
            t.c.decideBail(pending.id(), new Decision(Outcome.REFUSED, ARREST.plusDays(3), null, "flight risk"),
                    CATALOGUE, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.decideBail(pending.id(), new Decision(Outcome.GRANTED,
                    ARREST.plusDays(3), SURETY, "x"), CATALOGUE, TODAY), Rule.CUSTODY_STATUS, "was already decided");
            assertRefusedUnchanged(t.c, () -> t.c.decideBail(BailApplicationId.random(), new Decision(Outcome.GRANTED,
                    ARREST.plusDays(3), SURETY, "x"), CATALOGUE, TODAY), Rule.PARTIES_OF_THE_CASE, "no bail application");
        }

        @Test
        void a_grant_is_cancelled_with_a_reason_and_the_accused_goes_back_to_custody() {
            TwoAccused t = new TwoAccused();
            BailApplication preArrest = t.application(t.broker, ARREST);
            t.c.applyForBail(preArrest, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.cancelBail(preArrest.id(), new Cancellation(ARREST, "misuse"), TODAY),
                    Rule.CUSTODY_STATUS, "only bail granted can be cancelled; the application " + preArrest.id()
                            + " is pending");
            t.c.decideBail(preArrest.id(), new Decision(Outcome.GRANTED, ARREST, SURETY, "s.498: mala fide FIR alleged"),
                    CATALOGUE, TODAY);
            assertThatThrownBy(() -> new Cancellation(ARREST, " ")).isInstanceOf(InvalidValueException.class)
                    .hasMessage("reason for cancelling bail is required");
            t.c.cancelBail(preArrest.id(), new Cancellation(ARREST.plusDays(60), "threatened the victim"), TODAY);
            assertThat(t.c.custodyOf(t.broker)).isEqualTo(CustodyChange.of(t.broker, CustodyStatus.IN_CUSTODY,
                    ARREST.plusDays(60)));
            assertRefusedUnchanged(t.c, () -> t.c.cancelBail(preArrest.id(), new Cancellation(ARREST.plusDays(61), "x"),
                    TODAY), Rule.CUSTODY_STATUS, "was already cancelled on " + ARREST.plusDays(60));
        }

        @Test
        void a_surety_goes_with_a_grant_and_only_with_it() {
            assertThatThrownBy(() -> new Decision(Outcome.GRANTED, ARREST, null, "x"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("BAIL_SURETY"));
            assertThatThrownBy(() -> new Decision(Outcome.GRANTED, ARREST, Rupees.of(0), "x"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("BAIL_SURETY"));
            assertThatThrownBy(() -> new Decision(Outcome.REFUSED, ARREST, Rupees.of(5), "x"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("BAIL_SURETY"));
            assertThat(new Decision(Outcome.GRANTED, ARREST, Rupees.of(1), null).surety()).isEqualTo(Rupees.of(1));
        }
    }

    @Nested
    class Proclamation {

        @Test
        void a_proclaimed_offender_is_declared_thirty_days_after_the_proclamation_and_not_one_day_sooner() {
            TwoAccused t = new TwoAccused();
            t.c.declareAbsconding(t.broker, ARREST, TODAY);
            LocalDate published = ARREST.plusDays(10);
            assertRefusedUnchanged(t.c, () -> t.c.declareProclaimedOffender(t.broker, published, true,
                    published.plusDays(29), TODAY), Rule.PROCLAMATION_PERIOD, "Broker can be declared a proclaimed "
                    + "offender only 30 days after the proclamation of " + published + " (s.87 CrPC), on "
                    + published.plusDays(30) + " at the earliest, not " + published.plusDays(29));
            assertRefusedUnchanged(t.c, () -> t.c.declareProclaimedOffender(t.broker, ARREST.minusDays(1), true,
                    published.plusDays(30), TODAY), Rule.PROCLAMATION_PERIOD, "is before Broker was declared absconding");
            t.c.declareProclaimedOffender(t.broker, published, true, published.plusDays(30), TODAY);
            assertThat(t.c.custodyOf(t.broker)).isEqualTo(new CustodyChange(t.broker, CustodyStatus.PROCLAIMED_OFFENDER,
                    published.plusDays(30), published, true));
        }

        @Test
        void only_an_absconder_is_proclaimed_and_only_a_proclaimed_offender_has_property_attached() {
            TwoAccused t = new TwoAccused();
            assertRefusedUnchanged(t.c, () -> t.c.declareProclaimedOffender(t.broker, ARREST, false, ARREST.plusDays(30),
                    TODAY), Rule.CUSTODY_STATUS, "Broker is NOT_ARRESTED and cannot become PROCLAIMED_OFFENDER");
            assertThatThrownBy(() -> new CustodyChange(t.broker, CustodyStatus.ABSCONDING, ARREST, null, true))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new CustodyChange(t.broker, CustodyStatus.ABSCONDING, ARREST, ARREST, false))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    class AbscondersAndTheSupplementaryChargeSheet {

        @Test
        void an_absconder_is_not_charged_until_arrested() {
            TwoAccused t = new TwoAccused();
            t.c.declareAbsconding(t.broker, ARREST, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileChargeSheet(List.of(t.f.validCharge(), t.brokerCharge()), CATALOGUE,
                    CHARGED, TODAY), Rule.ABSCONDER_NOT_CHARGED, "Broker is ABSCONDING: an absconder is charged only "
                    + "after arrest (s.512 CrPC)");
            t.c.fileChargeSheet(List.of(t.f.validCharge()), CATALOGUE, CHARGED, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE,
                    CHARGED, TODAY), Rule.ABSCONDER_NOT_CHARGED, "Broker is ABSCONDING");
        }

        @Test
        void the_trial_of_the_others_goes_on_and_the_case_waits_for_the_absconder() {
            TwoAccused t = new TwoAccused();
            t.c.declareAbsconding(t.broker, ARREST, TODAY);
            t.c.fileChargeSheet(List.of(t.f.validCharge()), CATALOGUE, CHARGED, TODAY);
            t.c.openTrial(TRIAL, TODAY);
            t.c.recordVerdict(t.f.offenceId, VerdictOutcome.ACQUITTED, TRIAL, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.decide(TRIAL, TODAY), Rule.ABSCONDER_PART_OPEN,
                    "Broker is ABSCONDING: the case is decided when their part is tried too");
            assertThat(t.c.mayDecide().isAllowed()).isFalse();
            LocalDate arrested = LocalDate.of(2019, 5, 2);
            t.c.arrest(t.broker, arrested, TODAY);
            assertThat(t.c.status()).isEqualTo(CaseStatus.ON_TRIAL);
            LocalDate supplementary = arrested.plusDays(40);
            t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE, supplementary, TODAY);
            assertThat(t.c.status()).isEqualTo(CaseStatus.ON_TRIAL);
            assertThat(t.c.chargedBySupplementarySheetOn(t.brokerCharge)).contains(supplementary);
            assertThat(t.c.chargedBySupplementarySheetOn(t.f.offenceId)).isEmpty();
            assertThat(t.c.pendingEvents()).last().isInstanceOf(SupplementaryChargeSheetFiled.class);
            assertThat(t.c.mayDecide().isAllowed()).isFalse(); // their own trial follows
            t.c.recordVerdict(t.brokerCharge, VerdictOutcome.ACQUITTED, supplementary.plusDays(100), TODAY);
            t.c.decide(supplementary.plusDays(100), TODAY);
            assertThat(t.c.status()).isEqualTo(CaseStatus.DECIDED);
        }

        @Test
        void a_supplementary_charge_sheet_for_an_accused_already_tried_is_refused_and_for_one_not_yet_charged_allowed() {
            TwoAccused t = new TwoAccused();
            t.c.fileChargeSheet(List.of(t.f.validCharge()), CATALOGUE, CHARGED, TODAY);
            t.c.openTrial(TRIAL, TODAY);
            Charge again = new Charge(OffenceId.random(), t.f.accusedId, PPC_369A, Set.of(t.f.victimId),
                    internalForcedLabourByFraud(OFFENCE));
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(again), CATALOGUE, TRIAL, TODAY),
                    Rule.SUPPLEMENTARY_CHARGE_SHEET, "Kiln owner is already charged in this case");
            t.c.recordVerdict(t.f.offenceId, VerdictOutcome.ACQUITTED, TRIAL, TODAY);
            // the boundary: the same accused, one verdict later
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(again), CATALOGUE, TRIAL, TODAY),
                    Rule.SUPPLEMENTARY_CHARGE_SHEET, "Kiln owner has already been tried (a verdict was given): a "
                            + "supplementary charge sheet cannot charge them again");
            t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE, TRIAL, TODAY);
            assertThat(t.c.offences()).hasSize(2);
        }

        @Test
        void a_supplementary_charge_sheet_comes_after_the_charge_sheet_and_before_the_decision() {
            TwoAccused t = new TwoAccused();
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE,
                    CHARGED, TODAY), Rule.LIFECYCLE, "a supplementary charge sheet is possible only while the case is "
                    + "CHARGE_SHEET_FILED or ON_TRIAL; it is UNDER_INVESTIGATION");
            t.c.fileChargeSheet(List.of(t.f.validCharge()), CATALOGUE, CHARGED, TODAY);
            Charge sameId = new Charge(t.f.offenceId, t.broker, PPC_369A, Set.of(t.f.victimId),
                    internalForcedLabourByFraud(OFFENCE));
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(sameId), CATALOGUE, CHARGED,
                    TODAY), Rule.PARTIES_OF_THE_CASE, "appears twice");
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE,
                    CHARGED.minusDays(1), TODAY), Rule.BUSINESS_DATE, "is before");
            assertThatThrownBy(() -> t.c.fileSupplementaryChargeSheet(List.of(), CATALOGUE, CHARGED, TODAY))
                    .isInstanceOf(InvalidValueException.class);
            t.c.openTrial(TRIAL, TODAY);
            t.c.recordVerdict(t.f.offenceId, VerdictOutcome.ACQUITTED, TRIAL, TODAY);
            t.c.decide(TRIAL, TODAY);
            assertRefusedUnchanged(t.c, () -> t.c.fileSupplementaryChargeSheet(List.of(t.brokerCharge()), CATALOGUE,
                    TRIAL, TODAY), Rule.LIFECYCLE, "it is DECIDED");
        }

        @Test
        void an_accused_found_after_the_charge_sheet_is_charged_by_a_supplementary_sheet() {
            CaseFixture f = new CaseFixture().charged();
            PersonId late = PersonId.random();
            f.theCase.addAccused(Trafficker.person(late, "Sub-agent", Set.of(TraffickerRole.RECRUITER), null), null,
                    CHARGED.plusDays(3), TODAY);
            f.theCase.fileSupplementaryChargeSheet(List.of(new Charge(OffenceId.random(), late, PPC_369A,
                    Set.of(f.victimId), internalForcedLabourByFraud(OFFENCE))), CATALOGUE, CHARGED.plusDays(9), TODAY);
            assertThat(f.theCase.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(f.theCase.offences()).extracting(o -> o.accused()).containsExactly(f.accusedId, late);
            assertThat(Case.reconstitute(f.theCase.snapshot()).snapshot()).isEqualTo(f.theCase.snapshot());
        }
    }
}
