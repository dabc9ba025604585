package org.insaf.domain.casefile;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeskStagesAndDeadlinesTest {

    @Nested
    class The_stage_of_a_pending_case {

        @Test
        void an_investigation_waits_for_the_police_report() {
            assertThat(CaseStage.of(CaseStatus.REGISTERED, false)).contains(CaseStage.INVESTIGATION);
            assertThat(CaseStage.of(CaseStatus.UNDER_INVESTIGATION, false)).contains(CaseStage.INVESTIGATION);
            assertThat(CaseStage.INVESTIGATION.due()).contains("s.173 CrPC");
        }

        @Test
        void a_filed_charge_sheet_waits_for_the_charge_to_be_framed() {
            assertThat(CaseStage.of(CaseStatus.CHARGE_SHEET_FILED, false)).contains(CaseStage.CHARGE);
        }

        @Test
        void a_trial_without_a_verdict_is_at_evidence_and_with_some_verdicts_at_judgment() {
            assertThat(CaseStage.of(CaseStatus.ON_TRIAL, false)).contains(CaseStage.EVIDENCE);
            assertThat(CaseStage.of(CaseStatus.ON_TRIAL, true)).contains(CaseStage.JUDGMENT);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"DECIDED", "CLOSED", "INVESTIGATION_CLOSED"})
        void a_disposed_case_has_no_stage(CaseStatus status) {
            assertThat(CaseStage.of(status, true)).isEqualTo(Optional.empty());
            assertThat(CaseStage.of(status, false)).isEqualTo(Optional.empty());
        }

        @Test
        void a_stage_needs_a_status() {
            assertThatThrownBy(() -> CaseStage.of(null, false)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class The_interim_report_under_section_173 {

        @Test
        void is_due_three_days_after_fourteen_days_from_the_FIR() {
            PoliceReportDeadline d = PoliceReportDeadline.forFirRecordedOn(LocalDate.of(2026, 2, 10));
            assertThat(d.investigationPeriodEnds()).isEqualTo(LocalDate.of(2026, 2, 24));
            assertThat(d.interimReportDue()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(PoliceReportDeadline.daysToInterimReport()).isEqualTo(17);
            assertThat(PoliceReportDeadline.LAW).isEqualTo("s.173(1) CrPC, proviso");
        }

        @Test
        void counts_calendar_days_across_a_month_and_a_leap_day() {
            assertThat(PoliceReportDeadline.forFirRecordedOn(LocalDate.of(2024, 2, 20)).interimReportDue())
                    .isEqualTo(LocalDate.of(2024, 3, 8));
            assertThat(PoliceReportDeadline.forFirRecordedOn(LocalDate.of(2023, 12, 20)).interimReportDue())
                    .isEqualTo(LocalDate.of(2024, 1, 6));
        }

        @Test
        void is_past_only_after_its_last_day() {
            PoliceReportDeadline d = PoliceReportDeadline.forFirRecordedOn(LocalDate.of(2026, 2, 10));
            assertThat(d.isPastOn(LocalDate.of(2026, 2, 27))).isFalse();
            assertThat(d.isPastOn(LocalDate.of(2026, 2, 28))).isTrue();
        }

        @Test
        void cannot_be_made_with_other_days_than_the_law_gives() {
            LocalDate fir = LocalDate.of(2026, 2, 10);
            assertThatThrownBy(() -> new PoliceReportDeadline(fir, fir.plusDays(14), fir.plusDays(30)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PoliceReportDeadline(fir, fir.plusDays(10), fir.plusDays(13)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
