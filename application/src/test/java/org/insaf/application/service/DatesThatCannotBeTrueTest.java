package org.insaf.application.service;

import org.insaf.domain.casefile.Case;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.out.CaseFilter;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 13: dates that cannot be true are refused, today from the BusinessClock, and nothing changes. */
class DatesThatCannotBeTrueTest extends UseCaseTest {

    private static final LocalDate TOMORROW = Insaf.TODAY.plusDays(1);

    private static VictimDetails age(AgeEvidence age) {
        return new VictimDetails(Gender.FEMALE, age, null, Set.of(), Set.of(), Set.of(), null);
    }

    private AddVictimUseCase.Command victim(CaseId caseId, AgeEvidence age) {
        return new AddVictimUseCase.Command(Actors.LEAD, caseId, Optional.empty(), new VictimIdentity("Bano", null, null, null),
                age(age));
    }

    private RecordFactsUseCase.Command facts(CaseId caseId, LocalDate offenceDate) {
        return new RecordFactsUseCase.Command(Actors.LEAD, caseId, Optional.empty(), CaseStory.gulfRoute(offenceDate));
    }

    @Nested
    class A_date_of_birth_or_an_estimate {

        @Test
        void may_be_today_but_not_tomorrow() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.BUSINESS_DATE, () -> app.investigation.addVictim(victim(story.id(), AgeEvidence.bornOn(TOMORROW))));
            violates(story.id(), Rule.BUSINESS_DATE, () -> app.investigation.addVictim(victim(story.id(), AgeEvidence.estimated(3, TOMORROW))));
            app.investigation.addVictim(victim(story.id(), AgeEvidence.bornOn(Insaf.TODAY)));
            app.investigation.addVictim(victim(story.id(), AgeEvidence.estimated(3, Insaf.TODAY)));
            assertThat(app.load(story.id()).victims()).hasSize(2);
        }

        @Test
        void the_refusal_names_the_date_and_today() {
            CaseStory story = story().investigating();
            var refusal = violates(story.id(), Rule.BUSINESS_DATE,
                    () -> app.investigation.addVictim(victim(story.id(), AgeEvidence.bornOn(TOMORROW))));
            assertThat(refusal.getMessage()).isEqualTo("the date of birth 2024-01-16 is in the future (today is 2024-01-15)");
        }

        @Test
        void is_not_after_the_offence_date_of_the_recorded_facts() {
            CaseStory story = story().investigating();
            app.investigation.recordFacts(facts(story.id(), CaseStory.OFFENCE));
            violates(story.id(), Rule.BORN_BY_OFFENCE_DATE,
                    () -> app.investigation.addVictim(victim(story.id(), AgeEvidence.bornOn(CaseStory.OFFENCE.plusDays(1)))));
            app.investigation.addVictim(victim(story.id(), AgeEvidence.bornOn(CaseStory.OFFENCE)));
        }
    }

    @Nested
    class An_offence_date {

        @Test
        void may_be_today_but_not_tomorrow() {
            CaseStory story = story().investigating();
            violates(story.id(), Rule.BUSINESS_DATE, () -> app.investigation.recordFacts(facts(story.id(), TOMORROW)));
            assertThat(app.investigation.recordFacts(facts(story.id(), Insaf.TODAY)).recordedFacts().orElseThrow()
                    .offenceDate()).isEqualTo(Insaf.TODAY);
        }

        @Test
        void is_not_before_the_birth_of_a_victim_of_the_case() {
            CaseStory story = story().withPeople();
            LocalDate born = CaseStory.childDetails().age().dateOfBirth();
            var refusal = violates(story.id(), Rule.BORN_BY_OFFENCE_DATE,
                    () -> app.investigation.recordFacts(facts(story.id(), born.minusDays(1))));
            assertThat(refusal.getMessage()).contains("born on " + born).contains("offence date " + born.minusDays(1));
            app.investigation.recordFacts(facts(story.id(), born));
        }

        @Test
        void of_a_charge_is_not_before_the_birth_of_a_victim_it_concerns() {
            CaseStory story = story().withFacts().assign();
            LocalDate born = CaseStory.childDetails().age().dateOfBirth();
            violates(story.id(), Rule.BORN_BY_OFFENCE_DATE, () -> app.prosecution.fileChargeSheet(
                    new FileChargeSheetUseCase.Command(Actors.PROSECUTOR, story.id(), Optional.empty(), List.of(
                            new ChargeRequest(story.recruiter, CaseStory.PACHTO, Set.of(story.childId()),
                                    Optional.of(CaseStory.gulfRoute(born.minusDays(1))))), CaseStory.CHARGED)));
        }
    }

    @Nested
    class A_hearing_or_a_verdict {

        @Test
        void is_not_before_the_charge_sheet() {
            CaseStory story = story().onTrial();
            violates(story.id(), Rule.BUSINESS_DATE, () -> app.trial.recordHearing(new RecordHearingUseCase.Command(
                    Actors.JUDGE, story.id(), Optional.empty(),
                    new Hearing(CaseStory.CHARGED.minusDays(1), CaseStory.COURT, "Adjourned", null))));
            var charge = app.load(story.id()).offences().get(0).id();
            violates(story.id(), Rule.BUSINESS_DATE, () -> app.trial.recordVerdict(new RecordVerdictUseCase.Command(
                    Actors.JUDGE, story.id(), Optional.empty(), charge, VerdictOutcome.ACQUITTED, CaseStory.CHARGED.minusDays(1))));
        }
    }

    @Nested
    class The_sections_of_an_fir {

        private List<Case> allCases() {
            return app.cases.find(CaseFilter.ANY, new CaseVisibility(true, Optional.empty(), Optional.empty()),
                    Optional.empty(), 100).cases().stream().map(d -> app.load(CaseId.of(d.id()))).toList();
        }

        private RegisterCaseUseCase.Command registration(Set<StatuteCode> sections, List<String> other) {
            return new RegisterCaseUseCase.Command(Actors.LEAD, new FirNumber("FIR 9/2024"), new FiaCircle(Actors.LAHORE),
                    CaseStory.REGISTERED, sections, other);
        }

        @Test
        void are_codes_of_the_catalogue_and_an_unknown_one_is_named() {
            InvalidValueException refusal = catchThrowableOfType(() -> app.investigation.registerCase(
                    registration(Set.of(CaseStory.PACHTO, StatuteCode.of("EO-99"), StatuteCode.of("PPC-0")), List.of())),
                    InvalidValueException.class);
            assertThat(refusal.rule()).isEqualTo("FIR_SECTION_IN_CATALOGUE");
            assertThat(refusal.getMessage()).contains("EO-99, PPC-0").doesNotContain("PACHTO-3");
            assertThat(allCases()).isEmpty();
            assertThat(app.audit.all()).isEmpty();
        }

        @Test
        void of_another_law_are_kept_apart_as_written() {
            var view = app.investigation.registerCase(registration(Set.of(CaseStory.PACHTO),
                    List.of(" Emigration Ordinance 1979 s.18 ", "CrPC 154", "CrPC 154")));
            assertThat(view.firSections()).containsExactly(CaseStory.PACHTO);
            assertThat(view.otherSections()).containsExactly("Emigration Ordinance 1979 s.18", "CrPC 154");
            assertThat(app.load(view.id()).otherSections()).isEqualTo(view.otherSections());
        }
    }
}
