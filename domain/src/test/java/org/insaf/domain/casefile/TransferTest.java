package org.insaf.domain.casefile;

import org.insaf.domain.casefile.event.CaseAssigned;
import org.insaf.domain.casefile.event.CaseTransferred;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.StatuteCatalogue;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.offence.FactsFixture.gulfLabourTrafficking;
import static org.insaf.domain.offence.FactsFixture.internalForcedLabourByFraud;

/** Which office investigates a case, and its transfer to another office or agency (issue 17 item 8). */
class TransferTest {

    static final StatuteCatalogue CATALOGUE = StatuteCatalogueFixture.catalogue();
    static final LocalDate TODAY = LocalDate.of(2024, 1, 1);
    static final LocalDate REGISTERED = LocalDate.of(2019, 3, 1);
    static final InvestigatingOffice LAHORE = InvestigatingOffice.of(new FiaCircle("FIA-AHTC-LAHORE"));
    static final InvestigatingOffice KARACHI = InvestigatingOffice.of(new FiaCircle("FIA-AHTC-KARACHI"));
    static final InvestigatingOffice CIVIL_LINES = InvestigatingOffice.policeStation("PB-LHR-CIVIL-LINES",
            Province.PUNJAB, "Lahore");

    static Case registered(InvestigatingOffice at, String... sections) {
        return Case.register(CaseId.random(), new FirNumber("FIR 3/2019"), at, REGISTERED,
                Set.of(sections).stream().map(StatuteCode::of).collect(java.util.stream.Collectors.toSet()), List.of(),
                CATALOGUE, TODAY);
    }

    static InvariantViolation refusal(Runnable step) {
        try {
            step.run();
        } catch (InvariantViolation v) {
            return v;
        }
        throw new AssertionError("the step was not refused");
    }

    @Nested
    class The_office_of_a_case {

        @Test
        void a_police_station_is_recorded_with_its_province_and_district() {
            assertThat(CIVIL_LINES.agency()).isEqualTo(Agency.PROVINCIAL_POLICE);
            assertThatThrownBy(() -> InvestigatingOffice.policeStation("PS-X", null, "Lahore"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("province and district");
            assertThatThrownBy(() -> InvestigatingOffice.policeStation("PS-X", Province.SINDH, null))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("province and district");
            assertThatThrownBy(() -> InvestigatingOffice.policeStation("PS-X", Province.SINDH, "  "))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("district");
            assertThatThrownBy(() -> InvestigatingOffice.policeStation(" ", Province.SINDH, "Karachi"))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("office code");
        }

        @Test
        void an_FIA_circle_has_no_district_and_may_name_its_province() {
            assertThat(new InvestigatingOffice(Agency.FIA, "FIA-AHTC-QUETTA", Optional.of(Province.BALOCHISTAN),
                    Optional.empty()).province()).contains(Province.BALOCHISTAN);
            assertThatThrownBy(() -> new InvestigatingOffice(Agency.FIA, "FIA-AHTC-QUETTA", Optional.empty(),
                    Optional.of("Quetta"))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("without a district");
        }

        @Test
        void the_same_office_is_the_same_agency_and_code_whatever_place_is_written() {
            InvestigatingOffice again = InvestigatingOffice.policeStation("PB-LHR-CIVIL-LINES", Province.SINDH, "Other");
            assertThat(CIVIL_LINES.isSameOfficeAs(again)).isTrue();
            InvestigatingOffice fiaOfSameCode = InvestigatingOffice.of(new FiaCircle("PB-LHR-CIVIL-LINES"));
            assertThat(CIVIL_LINES.isSameOfficeAs(fiaOfSameCode)).isFalse();
        }

        @Test
        void a_case_registered_at_an_FIA_circle_as_before_is_held_by_that_circle() {
            Case c = Case.register(CaseId.random(), new FirNumber("FIR 1/2017"), new FiaCircle("AHTC Lahore"),
                    LocalDate.of(2017, 1, 1), Set.of(StatuteCode.of("PPC-369A")), List.of(), TODAY);
            assertThat(c.office()).isEqualTo(new InvestigatingOffice(Agency.FIA, "AHTC Lahore", Optional.empty(),
                    Optional.empty()));
            assertThat(c.registeredAt()).isEqualTo(c.office());
            assertThat(c.circle()).isEqualTo(new FiaCircle("AHTC Lahore"));
            assertThat(c.transfers()).isEmpty();
        }

        @Test
        void a_police_station_registers_trafficking_under_the_PTPA_and_PPC() {
            Case c = registered(CIVIL_LINES, "PTPA-3", "PPC-369A");
            assertThat(c.office()).isEqualTo(CIVIL_LINES);
        }

        @Test
        void a_police_station_does_not_register_an_offence_the_FIA_alone_investigates() {
            InvariantViolation v = refusal(() -> registered(CIVIL_LINES, "PTPA-3", "EO-18"));
            assertThat(v.rule()).isEqualTo(Rule.INVESTIGATING_AGENCY);
            assertThat(v.getMessage()).contains("EO-18").contains("the FIA");
        }

        @Test
        void the_FIA_registers_any_section_before_the_facts_are_known() {
            assertThat(registered(LAHORE, "PTPA-3", "PPC-369A", "EO-18").office()).isEqualTo(LAHORE);
        }
    }

    @Nested
    class A_transfer {

        @Test
        void moves_the_case_to_the_new_office_from_its_date_and_keeps_the_registering_office() {
            Case c = registered(LAHORE, "PPC-369A");
            c.eventsSaved();
            c.transfer(CIVIL_LINES, "the offence was committed in Lahore district", REGISTERED.plusDays(3), CATALOGUE,
                    TODAY);
            CaseTransfer t = new CaseTransfer(REGISTERED.plusDays(3), LAHORE, CIVIL_LINES,
                    "the offence was committed in Lahore district");
            assertThat(c.office()).isEqualTo(CIVIL_LINES);
            assertThat(c.registeredAt()).isEqualTo(LAHORE);
            assertThat(c.transfers()).containsExactly(t);
            assertThat(c.pendingEvents()).containsExactly(new CaseTransferred(c.id(), t));
            assertThat(c.latestDate()).isEqualTo(REGISTERED.plusDays(3));
            assertThat(c.snapshot().transfers()).containsExactly(t);
            assertThat(Case.reconstitute(c.snapshot()).office()).isEqualTo(CIVIL_LINES);
        }

        @Test
        void takes_the_case_off_the_old_offices_lead_investigator_and_keeps_the_other_desks() {
            Case c = registered(LAHORE, "PPC-369A");
            c.assign(new CaseAssignment(Optional.of("lead"), Optional.of("pros"), Optional.of("court"),
                    Optional.of("judge")), TODAY);
            c.eventsSaved();
            c.transfer(KARACHI, "the accused live in Karachi", REGISTERED, CATALOGUE, TODAY);
            CaseAssignment left = new CaseAssignment(Optional.empty(), Optional.of("pros"), Optional.of("court"),
                    Optional.of("judge"));
            assertThat(c.assignment()).isEqualTo(left);
            assertThat(c.pendingEvents()).hasSize(2).last().isEqualTo(new CaseAssigned(c.id(), REGISTERED, left));
        }

        @Test
        void may_follow_another_and_the_first_office_stays_the_registering_one() {
            Case c = registered(LAHORE, "PPC-369A");
            c.transfer(KARACHI, "first", REGISTERED, CATALOGUE, TODAY);
            c.transfer(LAHORE, "back again", REGISTERED.plusDays(1), CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(LAHORE);
            assertThat(c.registeredAt()).isEqualTo(LAHORE);
            assertThat(c.transfers()).extracting(CaseTransfer::to).containsExactly(KARACHI, LAHORE);
        }

        @Test
        void the_office_on_a_day_is_the_one_the_latest_transfer_up_to_that_day_moved_it_to() {
            Case c = registered(LAHORE, "PPC-369A");
            c.transfer(KARACHI, "first", REGISTERED.plusDays(2), CATALOGUE, TODAY);
            c.transfer(CIVIL_LINES, "second, the same day", REGISTERED.plusDays(2), CATALOGUE, TODAY);
            c.transfer(LAHORE, "back again", REGISTERED.plusDays(5), CATALOGUE, TODAY);
            assertThat(c.officeOn(REGISTERED)).isEqualTo(LAHORE);
            assertThat(c.officeOn(REGISTERED.plusDays(1))).isEqualTo(LAHORE);
            assertThat(c.officeOn(REGISTERED.plusDays(2))).as("a transfer holds from its own day").isEqualTo(CIVIL_LINES);
            assertThat(c.officeOn(REGISTERED.plusDays(4))).isEqualTo(CIVIL_LINES);
            assertThat(c.officeOn(REGISTERED.plusDays(5))).isEqualTo(LAHORE);
            assertThat(c.officeOn(REGISTERED.minusYears(1))).as("before the FIR: its office").isEqualTo(LAHORE);
            assertThat(registered(KARACHI, "PPC-369A").officeOn(REGISTERED)).isEqualTo(KARACHI);
        }

        @Test
        void to_the_same_office_is_refused_and_changes_nothing() {
            Case c = registered(CIVIL_LINES, "PPC-369A");
            c.eventsSaved();
            InvestigatingOffice sameStation = InvestigatingOffice.policeStation("PB-LHR-CIVIL-LINES", Province.PUNJAB,
                    "Lahore Cantt");
            InvariantViolation v = refusal(() -> c.transfer(sameStation, "why", REGISTERED, CATALOGUE, TODAY));
            assertThat(v.rule()).isEqualTo(Rule.TRANSFER_TO_ANOTHER_OFFICE);
            assertThat(v.getMessage()).isEqualTo("the case is already with PB-LHR-CIVIL-LINES; a transfer names another office");
            assertThat(c.office()).isEqualTo(CIVIL_LINES);
            assertThat(c.pendingEvents()).isEmpty();
            assertThat(c.transfers()).isEmpty();
        }

        @Test
        void to_an_office_of_the_same_code_in_another_agency_is_a_transfer() {
            Case c = registered(LAHORE, "PPC-369A");
            InvestigatingOffice station = InvestigatingOffice.policeStation("FIA-AHTC-LAHORE", Province.PUNJAB, "Lahore");
            c.transfer(station, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(station);
        }

        @Test
        void of_a_closed_investigation_or_a_closed_case_is_refused_but_a_decided_case_may_move() {
            Case dropped = registered(LAHORE, "PPC-369A");
            dropped.startInvestigation(REGISTERED, TODAY);
            dropped.closeInvestigation("no evidence", REGISTERED, TODAY);
            dropped.eventsSaved();
            InvariantViolation v = refusal(() -> dropped.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY));
            assertThat(v.rule()).isEqualTo(Rule.NO_TRANSFER_OF_CLOSED_CASE);
            assertThat(v.getMessage()).isEqualTo("a case is transferred only while it is open; it is INVESTIGATION_CLOSED");
            assertThat(dropped.pendingEvents()).isEmpty();

            CaseFixture decided = new CaseFixture().onTrial();
            Case c = decided.theCase;
            c.recordVerdict(decided.offenceId, org.insaf.domain.offence.VerdictOutcome.ACQUITTED, CaseFixture.TRIAL,
                    TODAY);
            c.decide(CaseFixture.TRIAL, TODAY);
            c.transfer(KARACHI, "appeal handled from Karachi", CaseFixture.TRIAL, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(KARACHI);
            c.close(CaseFixture.TRIAL, TODAY);
            assertThat(refusal(() -> c.transfer(LAHORE, "why", CaseFixture.TRIAL, CATALOGUE, TODAY)).rule())
                    .isEqualTo(Rule.NO_TRANSFER_OF_CLOSED_CASE);
        }

        @Test
        void is_dated_on_or_after_the_cases_latest_date_and_not_in_the_future() {
            Case c = registered(LAHORE, "PPC-369A");
            assertThat(refusal(() -> c.transfer(KARACHI, "why", REGISTERED.minusDays(1), CATALOGUE, TODAY)).rule())
                    .isEqualTo(Rule.BUSINESS_DATE);
            assertThat(refusal(() -> c.transfer(KARACHI, "why", TODAY.plusDays(1), CATALOGUE, TODAY)).rule())
                    .isEqualTo(Rule.BUSINESS_DATE);
            c.transfer(KARACHI, "why", TODAY, CATALOGUE, TODAY);
            assertThat(refusal(() -> c.startInvestigation(TODAY.minusDays(1), TODAY)).rule())
                    .isEqualTo(Rule.BUSINESS_DATE);
        }

        @Test
        void needs_a_reason_and_an_office() {
            Case c = registered(LAHORE, "PPC-369A");
            assertThatThrownBy(() -> c.transfer(KARACHI, "  ", REGISTERED, CATALOGUE, TODAY))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("reason for the transfer");
            assertThatThrownBy(() -> c.transfer(null, "why", REGISTERED, CATALOGUE, TODAY))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("office to transfer to");
            assertThat(c.office()).isEqualTo(LAHORE);
        }
    }

    @Nested
    class The_agency_that_may_investigate {

        @Test
        void an_offence_the_FIA_investigates_is_not_transferred_to_the_police() {
            Case c = registered(LAHORE, "PACHTO-3");
            InvariantViolation v = refusal(() -> c.transfer(CIVIL_LINES, "why", REGISTERED, CATALOGUE, TODAY));
            assertThat(v.rule()).isEqualTo(Rule.INVESTIGATING_AGENCY);
            assertThat(v.getMessage()).startsWith("PACHTO-3 (").contains("is investigated by the FIA; the provincial police may not investigate this case");
            c.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(KARACHI);
        }

        @Test
        void PTPA_trafficking_across_the_borders_stays_with_the_FIA() {
            Case c = registered(LAHORE, "PTPA-3");
            c.recordFacts(gulfLabourTrafficking(LocalDate.of(2019, 1, 5)), TODAY);
            InvariantViolation v = refusal(() -> c.transfer(CIVIL_LINES, "why", REGISTERED, CATALOGUE, TODAY));
            assertThat(v.rule()).isEqualTo(Rule.INVESTIGATING_AGENCY);
            assertThat(v.getMessage()).isEqualTo("PTPA-3 across Pakistan's borders (PTPA 2018) is investigated by "
                    + "the FIA; the provincial police may not investigate this case");
            c.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(KARACHI);
        }

        @Test
        void PTPA_trafficking_inside_Pakistan_goes_to_the_police_not_to_another_FIA_circle() {
            Case c = registered(LAHORE, "PTPA-3");
            c.recordFacts(internalForcedLabourByFraud(LocalDate.of(2019, 1, 5)), TODAY);
            InvariantViolation v = refusal(() -> c.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY));
            assertThat(v.rule()).isEqualTo(Rule.INVESTIGATING_AGENCY);
            assertThat(v.getMessage()).isEqualTo("PTPA-3 inside Pakistan (PTPA 2018) is investigated by "
                    + "the provincial police; the FIA may not investigate this case");
            c.transfer(CIVIL_LINES, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(CIVIL_LINES);
        }

        @Test
        void PTPA_trafficking_before_the_facts_are_known_may_go_to_either_agency() {
            Case c = registered(LAHORE, "PTPA-3");
            c.transfer(CIVIL_LINES, "why", REGISTERED, CATALOGUE, TODAY);
            c.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(KARACHI);
        }

        @Test
        void a_PPC_offence_may_be_held_by_either_agency() {
            CaseFixture f = new CaseFixture().charged();
            f.theCase.transfer(CIVIL_LINES, "why", CaseFixture.CHARGED, CATALOGUE, TODAY);
            f.theCase.transfer(KARACHI, "why", CaseFixture.CHARGED, CATALOGUE, TODAY);
            assertThat(f.theCase.office()).isEqualTo(KARACHI);
        }

        @Test
        void a_count_charged_across_the_borders_keeps_the_case_with_the_FIA_whatever_the_FIR_said() {
            Case c = registered(LAHORE, "PPC-369A");
            PersonId victim = PersonId.random();
            PersonId accused = PersonId.random();
            c.addVictim(victim, new org.insaf.domain.person.VictimIdentity("Name withheld", null, null, null), VictimFixture.details(Gender.MALE, AgeEvidence.bornOn(LocalDate.of(1990, 3, 3))), 1);
            c.addAccused(Trafficker.person(accused, "Agent", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN),
                    null, REGISTERED, TODAY);
            c.startInvestigation(REGISTERED, TODAY);
            c.fileChargeSheet(List.of(new Charge(OffenceId.random(), accused, StatuteCatalogueFixture.PTPA_3.ref(),
                    Set.of(victim), gulfLabourTrafficking(LocalDate.of(2019, 1, 5)))), CATALOGUE, REGISTERED, TODAY);
            assertThat(refusal(() -> c.transfer(CIVIL_LINES, "why", REGISTERED, CATALOGUE, TODAY)).rule())
                    .isEqualTo(Rule.INVESTIGATING_AGENCY);
            c.transfer(KARACHI, "why", REGISTERED, CATALOGUE, TODAY);
            assertThat(c.office()).isEqualTo(KARACHI);
        }
    }
}
