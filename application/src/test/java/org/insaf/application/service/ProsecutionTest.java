package org.insaf.application.service;

import org.insaf.application.audit.AuditAction;
import org.insaf.application.audit.AuditEntry;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.ChargeAdviceQuery;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.advice.StatuteAdvice;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.offence.FactsFixture;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.Route;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.application.service.CaseStory.*;

/** What the assigned prosecutor does: ask which statutes fit, and file the charge sheet. */
class ProsecutionTest extends UseCaseTest {

    private CaseView file(CaseStory story, LocalDate on, ChargeRequest... charges) {
        return app.prosecution.fileChargeSheet(new FileChargeSheetUseCase.Command(Actors.PROSECUTOR, story.id(),
                Optional.empty(), List.of(charges), on));
    }

    private static ChargeRequest count(PersonId accused, String statute, PersonId victim, OffenceFacts facts) {
        return new ChargeRequest(accused, StatuteCode.of(statute), Set.of(victim), Optional.ofNullable(facts));
    }

    @Nested
    class FileChargeSheet {

        @Test
        void charges_both_accused_under_the_version_in_force_on_the_recorded_facts() {
            CaseStory story = story().withFacts().assign();
            AuditEntry entry = audited(story.id(), () -> file(story, CHARGED,
                    count(story.recruiter, "PACHTO-3", story.childId(), null),
                    count(story.transporter, "PACHTO-3", story.childId(), null)));

            CaseView view = app.seenBy(Actors.PROSECUTOR, story.id());
            assertThat(view.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(view.statusDates()).containsEntry(CaseStatus.CHARGE_SHEET_FILED, CHARGED);
            assertThat(view.offences()).hasSize(2).allSatisfy(o -> {
                assertThat(o.statute()).isEqualTo(StatuteCatalogueFixture.PACHTO_3.ref());
                assertThat(o.facts()).isEqualTo(gulfRoute(OFFENCE));
                assertThat(o.victims()).containsExactly(story.childId());
                assertThat(o.verdictGiven()).isEmpty();
            });
            assertThat(view.offences()).extracting(Offence::accused).containsExactlyInAnyOrder(story.recruiter, story.transporter);
            assertThat(view.offences()).extracting(Offence::id).doesNotHaveDuplicates();
            assertThat(view.warnings()).isEmpty();
            assertThat(entry.action()).isEqualTo(AuditAction.FILE_CHARGE_SHEET);
            assertThat(entry.actorId()).isEqualTo(Actors.PROSECUTOR.userId());
            assertThat(entry.statusBefore()).contains(CaseStatus.UNDER_INVESTIGATION);
            assertThat(entry.statusAfter()).contains(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(entry.detail()).contains("2 charge");
        }

        @Test
        void facts_stated_with_a_count_take_precedence_over_the_recorded_ones() {
            CaseStory story = story().withPeople().assign(); // no facts recorded
            OffenceFacts viaIran = new OffenceFacts(Set.of(Act.RECRUITMENT), gulfRoute(OFFENCE).means(), Set.of(),
                    Route.of("PK", "IR", "TR"), OFFENCE.minusMonths(1), Set.of());
            CaseView view = file(story, CHARGED, count(story.recruiter, "PACHTO-3", story.childId(), viaIran));
            assertThat(view.offences()).singleElement().extracting(Offence::facts).isEqualTo(viaIran);
            assertThat(app.load(story.id()).recordedFacts()).isEmpty();
        }

        @Test
        void the_version_cited_is_the_one_in_force_on_the_offence_date_up_to_the_day_of_the_amendment() {
            CaseStory story = story().withPeople().assign();
            LocalDate amendment = StatuteCatalogueFixture.PTPA_AMENDMENT;
            OffenceFacts dayBefore = facts(amendment.minusDays(1), Route.withinPakistan());
            OffenceFacts dayOf = facts(amendment, Route.withinPakistan());
            CaseView view = file(story, Insaf.TODAY,
                    count(story.recruiter, "PTPA-3-AGG", story.childId(), dayBefore),
                    count(story.transporter, "PTPA-3-AGG", story.childId(), dayOf));

            assertThat(view.offences()).filteredOn(o -> o.accused().equals(story.recruiter)).singleElement()
                    .extracting(Offence::statute).isEqualTo(StatuteRef.of("PTPA-3-AGG", 1));
            assertThat(view.offences()).filteredOn(o -> o.accused().equals(story.transporter)).singleElement()
                    .extracting(Offence::statute).isEqualTo(StatuteRef.of("PTPA-3-AGG", 2));
        }

        @Test
        void pachto_is_cited_for_facts_of_its_last_day() {
            CaseStory story = story().withPeople().assign();
            CaseView view = file(story, Insaf.TODAY,
                    count(story.recruiter, "PACHTO-3", story.childId(), gulfRoute(LocalDate.of(2018, 5, 30))));

            assertThat(view.offences()).singleElement().extracting(Offence::statute)
                    .isEqualTo(StatuteCatalogueFixture.PACHTO_3.ref());
        }

        private static OffenceFacts facts(LocalDate on, Route route) {
            return new OffenceFacts(gulfRoute(on).acts(), gulfRoute(on).means(), gulfRoute(on).purposes(), route, on, Set.of());
        }

        static Stream<Arguments> unlawfulCharges() {
            return Stream.of(
                    Arguments.of("PPC-369A for facts of 2015, before its amendment of March 2016", "PPC-369A",
                            gulfRoute(LocalDate.of(2015, 6, 1)), Rule.LAW_IN_FORCE),
                    Arguments.of("PACHTO-3 for facts of 2019, after its repeal by PTPA 2018", "PACHTO-3",
                            gulfRoute(LocalDate.of(2019, 6, 1)), Rule.LAW_IN_FORCE),
                    Arguments.of("PTPA-3 for facts of 2017, before it came into force", "PTPA-3",
                            gulfRoute(OFFENCE), Rule.LAW_IN_FORCE),
                    Arguments.of("PTPA-3 for facts of 2018-05-30, the last day of PACHTO", "PTPA-3",
                            gulfRoute(LocalDate.of(2018, 5, 30)), Rule.LAW_IN_FORCE),
                    Arguments.of("PACHTO-3 for facts of 2018-05-31, the first day of the PTPA", "PACHTO-3",
                            gulfRoute(LocalDate.of(2018, 5, 31)), Rule.LAW_IN_FORCE),
                    Arguments.of("PACHTO-3 for a route inside Pakistan", "PACHTO-3",
                            facts(OFFENCE, Route.withinPakistan()), Rule.TERRITORIAL_SCOPE),
                    Arguments.of("PPC-369A for a child sold for prostitution without force, fraud or coercion",
                            "PPC-369A", FactsFixture.childSoldForProstitution(OFFENCE), Rule.ELEMENTS_SATISFIED),
                    Arguments.of("PSMA-3 (smuggling) without procuring illegal entry", "PSMA-3",
                            facts(LocalDate.of(2019, 6, 1), Route.of("PK", "AE")), Rule.ELEMENTS_SATISFIED));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("unlawfulCharges")
        void a_count_the_law_does_not_allow_refuses_the_whole_charge_sheet(String why, String statute,
                                                                          OffenceFacts facts, Rule rule) {
            CaseStory story = story().withFacts().assign();
            violates(story.id(), rule, () -> file(story, Insaf.TODAY,
                    count(story.recruiter, "PACHTO-3", story.childId(), null), // lawful
                    count(story.transporter, statute, story.childId(), facts)));
        }

        @Test
        void the_refusal_of_a_retrospective_charge_says_when_the_law_applies() {
            CaseStory story = story().withFacts().assign();
            var refusal = violates(story.id(), Rule.LAW_IN_FORCE, () -> file(story, CHARGED,
                    count(story.recruiter, "PPC-369A", story.childId(), gulfRoute(LocalDate.of(2015, 6, 1)))));
            assertThat(refusal).hasMessageContaining("PPC-369A").hasMessageContaining("2016-03-18");
        }

        @Test
        void smuggling_charges_for_facts_of_exploitation_are_filed_with_a_mischarging_warning() {
            CaseStory story = story().withFacts().assign();
            CaseView view = file(story, CHARGED, count(story.recruiter, "EO-18", story.childId(), null));

            assertThat(view.status()).isEqualTo(CaseStatus.CHARGE_SHEET_FILED);
            assertThat(view.warnings()).singleElement().satisfies(w -> {
                assertThat(w.rule()).isEqualTo(Rule.TRAFFICKING_NOT_SMUGGLING);
                assertThat(w.accused()).isEqualTo(story.recruiter);
            });
            assertThat(app.load(story.id()).warnings()).isEqualTo(view.warnings());
        }

        @Test
        void a_statute_unknown_to_the_catalogue_is_bad_input_naming_the_rule() {
            CaseStory story = story().withFacts().assign();
            InvalidValueException refusal = refused(story.id(), InvalidValueException.class,
                    () -> file(story, CHARGED, count(story.recruiter, "PPC-999", story.childId(), null)));
            assertThat(refusal.rule()).isEqualTo("STATUTE_KNOWN");
            assertThat(refusal).hasMessage("there is no statute PPC-999 in the catalogue");
        }

        @Test
        void a_count_without_facts_needs_facts_recorded_for_the_case() {
            CaseStory story = story().withPeople().assign();
            refused(story.id(), InvalidCommand.class,
                    () -> file(story, CHARGED, count(story.recruiter, "PACHTO-3", story.childId(), null)));
        }

        @Test
        void a_count_names_an_accused_and_victims_of_the_case() {
            CaseStory story = story().withFacts().assign();
            violates(story.id(), Rule.PARTIES_OF_THE_CASE,
                    () -> file(story, CHARGED, count(PersonId.random(), "PACHTO-3", story.childId(), null)));
            violates(story.id(), Rule.PARTIES_OF_THE_CASE,
                    () -> file(story, CHARGED, count(story.recruiter, "PACHTO-3", PersonId.random(), null)));
        }

        @Test
        void a_charge_sheet_is_filed_once_and_only_for_a_case_under_investigation() {
            CaseStory registered = story().assign();
            app.investigation.recordFacts(new org.insaf.application.port.in.RecordFactsUseCase.Command(Actors.LEAD,
                    registered.id(), Optional.empty(), gulfRoute(OFFENCE)));
            app.investigation.addAccused(new org.insaf.application.port.in.AddAccusedUseCase.Command(Actors.LEAD,
                    registered.id(), Optional.empty(), registered.recruiterPerson(), Optional.empty()));
            app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, registered.id(), Optional.empty(),
                    CHILD_IDENTITY, childDetails()));
            PersonId victim = app.load(registered.id()).victims().get(0).id();
            violates(registered.id(), Rule.LIFECYCLE,
                    () -> file(registered, CHARGED, count(registered.recruiter, "PACHTO-3", victim, null)));

            CaseStory charged = CaseStory.register(app, "FIR 13/2017").charged();
            violates(charged.id(), Rule.LIFECYCLE, () -> file(charged, Insaf.TODAY,
                    count(charged.recruiter, "PACHTO-3", charged.childId(), null)));
        }

        @Test
        void the_charge_sheet_is_not_dated_before_the_investigation_nor_before_the_offence() {
            CaseStory story = story().withFacts().assign();
            violates(story.id(), Rule.BUSINESS_DATE, () -> file(story, INVESTIGATING.minusDays(1),
                    count(story.recruiter, "PACHTO-3", story.childId(), null)));
            violates(story.id(), Rule.BUSINESS_DATE, () -> file(story, CHARGED,
                    count(story.recruiter, "PACHTO-3", story.childId(), gulfRoute(CHARGED.plusDays(1)))));
        }

        @Test
        void a_charge_sheet_holds_at_least_one_well_formed_count() {
            CaseStory story = story();
            assertThatThrownBy(() -> new FileChargeSheetUseCase.Command(Actors.PROSECUTOR, story.id(), Optional.empty(),
                    List.of(), CHARGED)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new FileChargeSheetUseCase.Command(Actors.PROSECUTOR, story.id(), Optional.empty(),
                    null, CHARGED)).isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new ChargeRequest(null, PACHTO, Set.of(), Optional.empty()))
                    .isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new ChargeRequest(story.recruiter, null, Set.of(), Optional.empty()))
                    .isInstanceOf(InvalidCommand.class);
            assertThatThrownBy(() -> new ChargeRequest(story.recruiter, PACHTO, null, Optional.empty()))
                    .isInstanceOf(InvalidCommand.class);
        }
    }

    @Nested
    class ChargeAdviceOnACase {

        private ChargeAdvice advise(CaseStory story, OffenceFacts facts, Set<PersonId> victims) {
            return app.prosecution.chargeAdvice(new ChargeAdviceQuery.Query(Actors.PROSECUTOR, story.id(),
                    Optional.ofNullable(facts), victims));
        }

        @Test
        void advises_on_the_recorded_facts_and_leaves_no_trace() {
            CaseStory story = story().withFacts().assign();
            Insaf.Stored before = app.stored(story.id());
            int audit = app.audit.all().size();

            ChargeAdvice advice = advise(story, null, Set.of());

            assertThat(advice.statutes()).hasSize((int) StatuteCatalogueFixture.all().stream()
                    .map(s -> s.code()).distinct().count());
            assertThat(advice.statutes().get(0).isApplicable()).isTrue();
            StatuteAdvice pachto = advice.forStatute(PACHTO).orElseThrow();
            assertThat(pachto.isApplicable()).isTrue();
            StatuteAdvice ptpa = advice.forStatute(StatuteCode.of("PTPA-3")).orElseThrow();
            assertThat(ptpa.inForce()).isFalse();
            assertThat(ptpa.whyNotInForce()).hasValueSatisfying(note -> assertThat(note).contains("2018-05-31"));
            assertThat(advice.applicable()).extracting(a -> a.statute().code().value()).contains("PACHTO-3", "PPC-369A");
            assertThat(app.stored(story.id())).isEqualTo(before);
            assertThat(app.audit.all()).hasSize(audit);
        }

        @Test
        void shows_why_ppc_371a_fits_a_child_sold_for_prostitution_where_369a_does_not() {
            CaseStory story = story().withFacts().assign();
            ChargeAdvice advice = advise(story, FactsFixture.childSoldForProstitution(OFFENCE), Set.of());

            assertThat(advice.forStatute(StatuteCode.of("PPC-371A")).orElseThrow().isApplicable()).isTrue();
            StatuteAdvice ppc369a = advice.forStatute(StatuteCode.of("PPC-369A")).orElseThrow();
            assertThat(ppc369a.isApplicable()).isFalse();
            assertThat(ppc369a.missingElements()).singleElement().asString().contains("means");
            assertThat(advice.forStatute(PACHTO).orElseThrow().scopeFits()).isFalse();
        }

        @Test
        void victim_conditions_are_judged_on_the_victims_asked_about() {
            CaseStory story = story().withPeople().assign();
            app.investigation.addVictim(new AddVictimUseCase.Command(Actors.LEAD, story.id(), Optional.empty(),
                    new VictimIdentity("Adult man", null, null, null),
                    VictimFixture.details(Gender.MALE, AgeEvidence.bornOn(LocalDate.of(1980, 1, 1)))));
            PersonId man = app.load(story.id()).victims().stream()
                    .filter(v -> !v.id().equals(story.childId())).findFirst().orElseThrow().id();
            OffenceFacts procuring = new OffenceFacts(Set.of(Act.PROCURING), Set.of(), Set.of(Purpose.SEXUAL_EXPLOITATION),
                    Route.withinPakistan(), OFFENCE, Set.of());
            StatuteCode ppc366a = StatuteCode.of("PPC-366A");

            assertThat(advise(story, procuring, Set.of(story.childId())).forStatute(ppc366a).orElseThrow().isApplicable())
                    .isTrue();
            assertThat(advise(story, procuring, Set.of(man)).forStatute(ppc366a).orElseThrow().isApplicable())
                    .isFalse();
            assertThat(advise(story, procuring, Set.of()).forStatute(ppc366a).orElseThrow().isApplicable())
                    .as("every victim of the case, the man included").isFalse();
        }

        @Test
        void without_facts_given_or_recorded_there_is_nothing_to_advise_on() {
            CaseStory story = story().withPeople().assign();
            assertThatThrownBy(() -> advise(story, null, Set.of())).isInstanceOf(InvalidCommand.class)
                    .hasMessageContaining(story.id().toString());
        }
    }
}
