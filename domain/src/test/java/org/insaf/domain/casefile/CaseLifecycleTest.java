package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.*;
import static org.insaf.domain.casefile.CaseStatus.*;
import static org.insaf.domain.casefile.CaseStatus.REGISTERED;

class CaseLifecycleTest {

    static void assertRefused(Runnable step, Rule rule, String message) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvariantViolation.class,
                e -> assertThat(e.rule()).isEqualTo(rule)).hasMessage(message);
    }

    @Test
    void a_case_runs_the_whole_course_and_records_each_date() {
        CaseFixture f = new CaseFixture().onTrial();
        Case c = f.theCase;
        c.recordVerdict(f.offenceId, org.insaf.domain.offence.VerdictOutcome.ACQUITTED, LocalDate.of(2018, 1, 1), TODAY);
        c.decide(LocalDate.of(2018, 1, 1), TODAY);
        c.close(LocalDate.of(2018, 2, 1), TODAY);

        assertThat(c.status()).isEqualTo(CLOSED);
        assertThat(c.registeredOn()).isEqualTo(REGISTERED_ON);
        assertThat(c.enteredOn(UNDER_INVESTIGATION)).contains(INVESTIGATING);
        assertThat(c.enteredOn(CHARGE_SHEET_FILED)).contains(CHARGED);
        assertThat(c.enteredOn(ON_TRIAL)).contains(TRIAL);
        assertThat(c.enteredOn(DECIDED)).contains(LocalDate.of(2018, 1, 1));
        assertThat(c.enteredOn(CLOSED)).contains(LocalDate.of(2018, 2, 1));
        assertThat(c.enteredOn(INVESTIGATION_CLOSED)).isEmpty();
        assertThat(c.latestDate()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(c.version()).isZero();
    }

    @Test
    void an_investigation_may_be_closed_with_a_reason() {
        CaseFixture f = new CaseFixture().investigating();
        assertThatThrownBy(() -> f.theCase.closeInvestigation(" ", LocalDate.of(2017, 2, 1), TODAY))
                .isInstanceOf(InvalidValueException.class);
        assertThat(f.theCase.status()).isEqualTo(UNDER_INVESTIGATION);
        f.theCase.closeInvestigation("victim withdrew, no evidence", LocalDate.of(2017, 2, 1), TODAY);
        assertThat(f.theCase.status()).isEqualTo(INVESTIGATION_CLOSED);
        assertThat(f.theCase.investigationClosedReason()).contains("victim withdrew, no evidence");
        assertRefused(() -> f.theCase.openTrial(LocalDate.of(2017, 3, 1), TODAY), Rule.LIFECYCLE,
                "a case that is INVESTIGATION_CLOSED cannot move to ON_TRIAL; it is final and cannot move at all");
    }

    @Test
    void lifecycle_is_checked_before_the_reason_or_the_verdicts() {
        CaseFixture f = new CaseFixture();
        assertRefused(() -> f.theCase.closeInvestigation(" ", INVESTIGATING, TODAY), Rule.LIFECYCLE,
                "a case that is REGISTERED cannot move to INVESTIGATION_CLOSED; from REGISTERED it can move only to UNDER_INVESTIGATION");
        f.charged();
        assertRefused(() -> f.theCase.decide(TRIAL, TODAY), Rule.ORDER_OF_PROCEEDINGS,
                "the case is decided only when every charge has a verdict; still open: PPC-369A");
        assertRefused(() -> f.theCase.close(TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is CHARGE_SHEET_FILED cannot move to CLOSED; from CHARGE_SHEET_FILED it can move only to ON_TRIAL or DECIDED");
        assertThat(f.theCase.accused()).extracting(a -> a.trafficker().id()).containsExactly(f.accusedId);
    }

    @Test
    void the_latest_date_includes_sentences() {
        CaseFixture f = new CaseFixture().onTrial();
        f.theCase.recordVerdict(f.offenceId, org.insaf.domain.offence.VerdictOutcome.CONVICTED, LocalDate.of(2018, 1, 1), TODAY);
        f.theCase.recordSentence(f.offenceId, org.insaf.domain.statute.Sentence.fineOnly(LocalDate.of(2018, 1, 5),
                org.insaf.domain.shared.Rupees.of(500_000)), CATALOGUE, TODAY);
        assertThat(f.theCase.latestDate()).isEqualTo(LocalDate.of(2018, 1, 5));
        assertRefused(() -> f.theCase.decide(LocalDate.of(2018, 1, 4), TODAY), Rule.BUSINESS_DATE,
                "the decision date 2018-01-04 is before 2018-01-05, the latest date already recorded in the case");
    }

    @Test
    void only_the_known_moves_exist() {
        assertThat(REGISTERED.next()).containsExactly(UNDER_INVESTIGATION);
        assertThat(UNDER_INVESTIGATION.next()).containsExactlyInAnyOrder(CHARGE_SHEET_FILED, INVESTIGATION_CLOSED);
        assertThat(CHARGE_SHEET_FILED.next()).containsExactly(ON_TRIAL, DECIDED);
        assertThat(ON_TRIAL.next()).containsExactly(DECIDED);
        assertThat(DECIDED.next()).containsExactly(CLOSED);
        assertThat(CLOSED.next()).isEmpty();
        assertThat(INVESTIGATION_CLOSED.next()).isEmpty();
        assertThat(EnumSet.allOf(CaseStatus.class)).filteredOn(CaseStatus::isFinal)
                .containsExactlyInAnyOrder(CLOSED, INVESTIGATION_CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CHARGE_SHEET_FILED", "ON_TRIAL", "DECIDED", "CLOSED", "INVESTIGATION_CLOSED"})
    void a_registered_case_cannot_skip_the_investigation(CaseStatus target) {
        assertThat(new LifecyclePolicy().mayMove(REGISTERED, target).isAllowed()).isFalse();
    }

    @Test
    void a_skipped_step_is_refused_with_the_rule_and_the_way_forward() {
        CaseFixture f = new CaseFixture();
        assertRefused(() -> f.theCase.openTrial(TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is REGISTERED cannot move to ON_TRIAL; from REGISTERED it can move only to UNDER_INVESTIGATION");
        assertRefused(() -> f.theCase.decide(TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is REGISTERED cannot move to DECIDED; from REGISTERED it can move only to UNDER_INVESTIGATION");
        assertRefused(() -> f.theCase.close(TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is REGISTERED cannot move to CLOSED; from REGISTERED it can move only to UNDER_INVESTIGATION");
        assertRefused(() -> f.theCase.closeInvestigation("x", TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is REGISTERED cannot move to INVESTIGATION_CLOSED; from REGISTERED it can move only to UNDER_INVESTIGATION");
        f.investigating();
        assertRefused(() -> f.theCase.startInvestigation(TRIAL, TODAY), Rule.LIFECYCLE,
                "a case that is UNDER_INVESTIGATION cannot move to UNDER_INVESTIGATION; from UNDER_INVESTIGATION it can "
                        + "move only to CHARGE_SHEET_FILED or INVESTIGATION_CLOSED");
        assertThat(f.theCase.status()).isEqualTo(UNDER_INVESTIGATION);
    }

    @Test
    void business_dates_may_not_lie_in_the_future() {
        CaseFixture f = new CaseFixture();
        assertRefused(() -> f.theCase.startInvestigation(TODAY.plusDays(1), TODAY), Rule.BUSINESS_DATE,
                "the investigation date 2024-01-02 is in the future (today is 2024-01-01)");
        f.theCase.startInvestigation(TODAY, TODAY);
        assertThat(f.theCase.status()).isEqualTo(UNDER_INVESTIGATION);
        assertThatThrownBy(() -> Case.register(CaseId.random(), new FirNumber("1"), new FiaCircle("Quetta"),
                TODAY.plusDays(1), Set.of(org.insaf.domain.statute.StatuteCode.of("PPC-370")), List.of(), TODAY))
                .isInstanceOfSatisfying(InvariantViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.BUSINESS_DATE));
    }

    @Test
    void business_dates_may_not_go_backwards() {
        CaseFixture f = new CaseFixture();
        assertRefused(() -> f.theCase.startInvestigation(REGISTERED_ON.minusDays(1), TODAY), Rule.BUSINESS_DATE,
                "the investigation date 2017-01-09 is before 2017-01-10, the latest date already recorded in the case");
        f.theCase.startInvestigation(REGISTERED_ON, TODAY);
        assertThat(f.theCase.enteredOn(UNDER_INVESTIGATION)).contains(REGISTERED_ON);
        assertRefused(() -> f.theCase.closeInvestigation("x", null, TODAY), Rule.BUSINESS_DATE,
                "the closure of the investigation date and today's date are required");
        assertRefused(() -> f.theCase.closeInvestigation("x", REGISTERED_ON, null), Rule.BUSINESS_DATE,
                "the closure of the investigation date and today's date are required");
    }

    @Test
    void a_case_is_registered_under_at_least_one_section() {
        assertThatThrownBy(() -> Case.register(CaseId.random(), new FirNumber("1"), new FiaCircle("Quetta"),
                REGISTERED_ON, Set.of(), List.of(), TODAY)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("FIR_NAMES_A_SECTION"));
        assertThatThrownBy(() -> Case.register(CaseId.random(), new FirNumber("1"), new FiaCircle("Quetta"),
                REGISTERED_ON, null, List.of(), TODAY)).isInstanceOf(InvalidValueException.class);
        CaseFixture f = new CaseFixture();
        assertThat(f.theCase.firSections()).extracting(Object::toString).containsExactly("PPC-369A");
        assertThat(f.theCase.firNumber().value()).isEqualTo("FIR 12/2017");
        assertThat(f.theCase.circle().name()).isEqualTo("AHTC Lahore");
        assertThat(f.theCase.toString()).isEqualTo("Case[" + f.theCase.id() + ", FIR FIR 12/2017, AHTC Lahore, REGISTERED, v0]");
    }

    @Test
    void reconstitute_restores_the_stored_state_without_replaying_it() {
        CaseFixture f = new CaseFixture().onTrial();
        f.theCase.recordHearing(new Hearing(LocalDate.of(2017, 7, 1), "Sessions Court Lahore", "evidence of the victim",
                LocalDate.of(2017, 8, 1)), TODAY);
        CaseSnapshot stored = f.theCase.snapshot();
        CaseSnapshot withVersion = new CaseSnapshot(stored.id(), 7L, stored.firNumber(), stored.office(),
                stored.firSections(), stored.status(), stored.statusDates(), stored.investigationClosedReason(),
                stored.victims(), stored.accused(), stored.offences(), stored.hearings(), stored.warnings(),
                stored.otherSections(), stored.assignment(), stored.recordedFacts(), stored.sentencingOrders(),
                stored.transfers(), stored.proceedings());

        Case restored = Case.reconstitute(withVersion);

        assertThat(restored.version()).isEqualTo(7L);
        assertThat(restored.status()).isEqualTo(ON_TRIAL);
        assertThat(restored.snapshot()).isEqualTo(withVersion);
        assertThat(restored.hearings()).hasSize(1);
        assertThat(restored.offences()).hasSize(1);
        restored.recordVerdict(f.offenceId, org.insaf.domain.offence.VerdictOutcome.WITHDRAWN, LocalDate.of(2017, 9, 1), TODAY);
        assertThat(f.theCase.offences().get(0).isDecided()).isFalse();
    }

    @Test
    void reconstitute_needs_the_dates_of_registration_and_of_the_current_status() {
        CaseSnapshot stored = new CaseFixture().investigating().theCase.snapshot();
        CaseSnapshot broken = new CaseSnapshot(stored.id(), 1L, stored.firNumber(), stored.office(),
                stored.firSections(), CaseStatus.ON_TRIAL, stored.statusDates(), null,
                stored.victims(), stored.accused(), stored.offences(), stored.hearings(), stored.warnings(),
                stored.otherSections(), stored.assignment(), stored.recordedFacts(), stored.sentencingOrders(),
                stored.transfers(), stored.proceedings());
        assertThatThrownBy(() -> Case.reconstitute(broken)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("CASE_STATUS_DATES"));
        CaseSnapshot noRegistration = new CaseSnapshot(stored.id(), 1L, stored.firNumber(), stored.office(),
                stored.firSections(), CaseStatus.UNDER_INVESTIGATION,
                java.util.Map.of(CaseStatus.UNDER_INVESTIGATION, INVESTIGATING), null,
                stored.victims(), stored.accused(), stored.offences(), stored.hearings(), stored.warnings(),
                stored.otherSections(), stored.assignment(), stored.recordedFacts(), stored.sentencingOrders(),
                stored.transfers(), stored.proceedings());
        assertThatThrownBy(() -> Case.reconstitute(noRegistration)).isInstanceOf(InvalidValueException.class);
    }
}
