package org.insaf.adapters.graphql.casefile;

import org.insaf.domain.casefile.CustodyStatus;

import org.insaf.adapters.graphql.casefile.CaseInputs.FactsInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.AccusedType;
import org.insaf.adapters.graphql.casefile.CaseTypes.AssignmentType;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeAdviceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ElementFindingType;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatuteAdviceType;
import org.insaf.adapters.graphql.statute.StatuteViews;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.advice.ChargeAdvisor;
import org.insaf.domain.advice.StatuteAdvice;
import org.insaf.domain.offence.ElementFinding;
import org.insaf.domain.person.VictimFixture;
import org.insaf.domain.statute.StatuteCatalogueFixture;
import org.insaf.adapters.graphql.casefile.CaseTypes.CaseWarningType;
import org.insaf.adapters.graphql.casefile.CaseTypes.ChargeType;
import org.insaf.adapters.graphql.casefile.CaseTypes.FactsType;
import org.insaf.adapters.graphql.casefile.CaseTypes.HearingType;
import org.insaf.adapters.graphql.casefile.CaseTypes.SentenceType;
import org.insaf.adapters.graphql.casefile.CaseTypes.StatusDate;
import org.insaf.adapters.graphql.casefile.CaseTypes.VerdictType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimIdentityType;
import org.insaf.adapters.graphql.casefile.CaseTypes.VictimType;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.application.casefile.VictimView;
import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Route;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.ProtectionMeasure;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.person.VulnerabilityFactor;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.SentenceKind;
import org.insaf.domain.statute.StatuteCode;
import org.insaf.domain.statute.StatuteRef;
import org.insaf.domain.statute.StatutoryCondition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseMappingTest {

    static final LocalDate REGISTERED = LocalDate.of(2017, 1, 10);
    static final LocalDate INVESTIGATING = LocalDate.of(2017, 1, 12);
    static final LocalDate CHARGED = LocalDate.of(2017, 4, 3);
    static final LocalDate TRIAL = LocalDate.of(2017, 6, 1);
    static final LocalDate OFFENCE = LocalDate.of(2016, 11, 20);

    final CaseId caseId = CaseId.random();
    final PersonId victimId = PersonId.random();
    final PersonId secondVictimId = PersonId.random();
    final PersonId recruiterId = PersonId.random();
    final PersonId agencyId = PersonId.random();
    final OffenceId convictionId = OffenceId.random();
    final OffenceId pendingId = OffenceId.random();

    final OffenceFacts facts = new OffenceFacts(Set.of(Act.TRANSPORTATION, Act.RECRUITMENT), Set.of(Means.FRAUD, Means.FORCE),
            Set.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR), Route.of("PK", "AE", "OM"), OFFENCE,
            Set.of(StatutoryCondition.HABITUAL_DEALING, StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT));

    final VictimView victim = new VictimView(victimId, Pseudonym.of(2017, 123), Gender.FEMALE,
            AgeEvidence.bornOn(LocalDate.of(2001, 3, 3)), CountryCode.PAKISTAN,
            Set.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.FAMILY_DEBT),
            Set.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR),
            Set.of(ProtectionMeasure.SHELTER, ProtectionMeasure.LEGAL_AID), RecruiterRelation.FAMILY);
    final VictimView bareVictim = new VictimView(secondVictimId, Pseudonym.of(2017, 124), Gender.MALE,
            AgeEvidence.estimated(15, LocalDate.of(2017, 1, 11)), null, Set.of(), Set.of(), Set.of(), RecruiterRelation.OTHER);

    final Accused recruiter = new Accused(new Trafficker(recruiterId, TraffickerKind.PERSON, "Kiln owner", "35202-1234567-1",
            Set.of(TraffickerRole.RECRUITER, TraffickerRole.EXPLOITER), CountryCode.PAKISTAN,
            new LinkedHashSet<>(List.of(agencyId))), null, INVESTIGATING);
    final Accused agency = new Accused(Trafficker.organisation(agencyId, "Gulf Manpower", Set.of()), "coerced into it", CHARGED);

    final Offence convicted = Offence.charged(convictionId, recruiterId, StatuteRef.of("PPC-370", 1),
                    new LinkedHashSet<>(List.of(secondVictimId, victimId)), facts)
            .withVerdict(new Verdict(VerdictOutcome.CONVICTED, LocalDate.of(2017, 9, 1)))
            .withSentence(new Sentence(LocalDate.of(2017, 9, 15), SentenceKind.IMPRISONMENT_FOR_A_TERM,
                    Period.of(7, 2, 10), Rupees.of(500_000)));
    final Offence pending = Offence.charged(pendingId, agencyId, StatuteRef.of("PACHTO-3", 1), Set.of(victimId), facts);

    CaseView fullView() {
        return new CaseView(caseId, 12, new FirNumber("FIR 12/2017"), new FiaCircle("AHTC Lahore"),
                Set.of(StatuteCode.of("PPC-370"), StatuteCode.of("PACHTO-3"), StatuteCode.of("PPC-369A")),
                CaseStatus.ON_TRIAL,
                Map.of(CaseStatus.ON_TRIAL, TRIAL, CaseStatus.REGISTERED, REGISTERED,
                        CaseStatus.CHARGE_SHEET_FILED, CHARGED, CaseStatus.UNDER_INVESTIGATION, INVESTIGATING),
                Optional.empty(), List.of(victim, bareVictim), List.of(recruiter, agency), List.of(convicted, pending),
                List.of(new Hearing(LocalDate.of(2017, 6, 20), "Sessions Court Lahore", "Evidence of the victim",
                                LocalDate.of(2017, 7, 4)),
                        new Hearing(LocalDate.of(2017, 7, 4), "Sessions Court Lahore", "Arguments", null)),
                List.of(new CaseWarning(Rule.TRAFFICKING_NOT_SMUGGLING, agencyId, "charged as smuggling")),
                new CaseAssignment(Optional.of("inv-1"), Optional.of("pro-1"), Optional.of("Sessions Court Lahore"),
                        Optional.of("judge-1")),
                Optional.of(facts), List.of("Emigration Ordinance 1979 s.18", "Passport Act 1974 s.6"));
    }

    CaseView emptyView() {
        return new CaseView(caseId, 0, new FirNumber("FIR 1/2020"), new FiaCircle("AHTC Karachi"),
                Set.of(StatuteCode.of("PPC-369A")), CaseStatus.INVESTIGATION_CLOSED,
                Map.of(CaseStatus.REGISTERED, REGISTERED, CaseStatus.UNDER_INVESTIGATION, INVESTIGATING,
                        CaseStatus.INVESTIGATION_CLOSED, INVESTIGATING),
                Optional.of("no evidence"), List.of(), List.of(), List.of(), List.of(), List.of(), CaseAssignment.NONE,
                Optional.empty(), List.of());
    }

    @Nested
    class A_case {

        @Test
        void keeps_its_identity_version_fir_office_and_status() {
            CaseType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS);

            assertThat(type.id()).isEqualTo(caseId.toString());
            assertThat(type.version()).isEqualTo(12);
            assertThat(type.firNumber()).isEqualTo("FIR 12/2017");
            assertThat(type.office()).isEqualTo("AHTC Lahore");
            assertThat(type.status()).isEqualTo(CaseStatus.ON_TRIAL);
            assertThat(type.registeredOn()).isEqualTo(REGISTERED);
            assertThat(type.investigationClosedReason()).isNull();
        }

        @Test
        void lists_its_fir_sections_by_code_and_other_sections_as_written() {
            CaseType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS);

            assertThat(type.firSections()).containsExactly("PACHTO-3", "PPC-369A", "PPC-370");
            assertThat(type.otherSections()).containsExactly("Emigration Ordinance 1979 s.18", "Passport Act 1974 s.6");
        }

        @Test
        void lists_its_status_dates_in_the_order_they_happened() {
            assertThat(CaseMapping.toType(fullView(), TestStatutes.VIEWS).statusDates()).containsExactly(
                    new StatusDate(CaseStatus.REGISTERED, REGISTERED),
                    new StatusDate(CaseStatus.UNDER_INVESTIGATION, INVESTIGATING),
                    new StatusDate(CaseStatus.CHARGE_SHEET_FILED, CHARGED),
                    new StatusDate(CaseStatus.ON_TRIAL, TRIAL));
        }

        @Test
        void two_statuses_entered_on_one_day_follow_the_order_of_the_lifecycle() {
            assertThat(CaseMapping.toType(emptyView(), TestStatutes.VIEWS).statusDates()).containsExactly(
                    new StatusDate(CaseStatus.REGISTERED, REGISTERED),
                    new StatusDate(CaseStatus.UNDER_INVESTIGATION, INVESTIGATING),
                    new StatusDate(CaseStatus.INVESTIGATION_CLOSED, INVESTIGATING));
        }

        @Test
        void without_parties_charges_hearings_warnings_assignment_or_facts_has_empty_lists_and_nulls() {
            CaseType type = CaseMapping.toType(emptyView(), TestStatutes.VIEWS);

            assertThat(type.victims()).isEmpty();
            assertThat(type.accused()).isEmpty();
            assertThat(type.charges()).isEmpty();
            assertThat(type.hearings()).isEmpty();
            assertThat(type.warnings()).isEmpty();
            assertThat(type.otherSections()).isEmpty();
            assertThat(type.assignment()).isEqualTo(new AssignmentType(null, null, null, null));
            assertThat(type.recordedFacts()).isNull();
            assertThat(type.investigationClosedReason()).isEqualTo("no evidence");
            assertThat(type.version()).isZero();
        }

        @Test
        void carries_its_assignment_warnings_and_recorded_facts() {
            CaseType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS);

            assertThat(type.assignment()).isEqualTo(new AssignmentType("inv-1", "pro-1", "Sessions Court Lahore", "judge-1"));
            assertThat(type.warnings()).containsExactly(
                    new CaseWarningType(Rule.TRAFFICKING_NOT_SMUGGLING, agencyId.toString(), "charged as smuggling"));
            assertThat(type.recordedFacts()).isEqualTo(expectedFacts());
        }

        @Test
        void a_partial_assignment_leaves_the_other_places_null() {
            CaseView view = emptyView();
            CaseView assigned = new CaseView(view.id(), view.version(), view.firNumber(), view.circle(), view.firSections(),
                    view.status(), view.statusDates(), view.investigationClosedReason(), view.victims(), view.accused(),
                    view.offences(), view.hearings(), view.warnings(), CaseAssignment.leadInvestigator("inv-9"),
                    view.recordedFacts(), view.otherSections());

            assertThat(CaseMapping.toType(assigned, TestStatutes.VIEWS).assignment()).isEqualTo(new AssignmentType("inv-9", null, null, null));
        }
    }

    @Nested
    class Its_people {

        @Test
        void a_victim_is_shown_by_pseudonym_with_every_field_and_vocabularies_in_declaration_order() {
            VictimType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).victims().get(0);

            assertThat(type).isEqualTo(new VictimType(victimId.toString(), "V-2017-000123", Gender.FEMALE,
                    LocalDate.of(2001, 3, 3), null, null, "PK",
                    List.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.FAMILY_DEBT),
                    List.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR).stream().sorted().toList(),
                    List.of(ProtectionMeasure.SHELTER, ProtectionMeasure.LEGAL_AID),
                    RecruiterRelation.FAMILY, caseId.toString()));
        }

        @Test
        void a_victim_with_an_estimated_age_and_no_nationality_or_vocabularies() {
            VictimType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).victims().get(1);

            assertThat(type.dateOfBirth()).isNull();
            assertThat(type.estimatedAge()).isEqualTo(15);
            assertThat(type.estimatedOn()).isEqualTo(LocalDate.of(2017, 1, 11));
            assertThat(type.nationality()).isNull();
            assertThat(type.vulnerabilities()).isEmpty();
            assertThat(type.exploitation()).isEmpty();
            assertThat(type.protection()).isEmpty();
            assertThat(type.caseId()).as("what Victim.identity resolves against").isEqualTo(caseId.toString());
        }

        @Test
        void victims_keep_the_order_of_the_case() {
            assertThat(CaseMapping.toType(fullView(), TestStatutes.VIEWS).victims()).extracting(VictimType::pseudonym)
                    .containsExactly("V-2017-000123", "V-2017-000124");
        }

        @Test
        void an_accused_person_with_every_field() {
            AccusedType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).accused().get(0);

            assertThat(type).isEqualTo(new AccusedType(recruiterId.toString(), TraffickerKind.PERSON, "Kiln owner",
                    "35202-1234567-1", List.of(TraffickerRole.RECRUITER, TraffickerRole.EXPLOITER), "PK",
                    List.of(agencyId.toString()), null, CustodyStatus.NOT_ARRESTED, addedOn(0), notArrestedSince(addedOn(0)),
                    List.of(), null));
        }

        @Test
        void an_accused_organisation_without_cnic_roles_nationality_or_links_but_with_a_justification() {
            AccusedType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).accused().get(1);

            assertThat(type).isEqualTo(new AccusedType(agencyId.toString(), TraffickerKind.ORGANISATION, "Gulf Manpower",
                    null, List.of(), null, List.of(), "coerced into it", CustodyStatus.NOT_ARRESTED, addedOn(1),
                    notArrestedSince(addedOn(1)), List.of(), null));
        }

        private LocalDate addedOn(int accused) {
            return fullView().accused().get(accused).addedOn();
        }

        private static List<CustodyTypes.CustodyEntryType> notArrestedSince(LocalDate day) {
            return List.of(new CustodyTypes.CustodyEntryType(CustodyStatus.NOT_ARRESTED, day, null, false));
        }

        @Test
        void a_victims_identity_is_mapped_field_by_field_and_absent_parts_stay_null() {
            assertThat(CaseMapping.identity(new VictimIdentity("Name withheld", "35202-1234567-1", "0300-1234567", "Lahore")))
                    .isEqualTo(new VictimIdentityType("Name withheld", "35202-1234567-1", "0300-1234567", "Lahore"));
            assertThat(CaseMapping.identity(new VictimIdentity("Name withheld", null, null, null)))
                    .isEqualTo(new VictimIdentityType("Name withheld", null, null, null));
        }
    }

    @Nested
    class Its_charges_and_trial {

        @Test
        void a_conviction_carries_its_statute_version_victims_facts_verdict_and_sentence() {
            ChargeType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).charges().get(0);

            assertThat(type).isEqualTo(new ChargeType(convictionId.toString(), recruiterId.toString(), "PPC-370", 1,
                    TestStatutes.VIEWS.cited(StatuteRef.of("PPC-370", 1)).orElseThrow(),
                    // A count's victims are a set, listed by id so that every read lists them alike.
                    Stream.of(secondVictimId.toString(), victimId.toString()).sorted().toList(), expectedFacts(),
                    new VerdictType(VerdictOutcome.CONVICTED, LocalDate.of(2017, 9, 1), false,
                            org.insaf.domain.offence.VerdictEffect.CONVICTION, null, null),
                    new SentenceType(LocalDate.of(2017, 9, 15), SentenceKind.IMPRISONMENT_FOR_A_TERM, 7, 2, 10,
                            500_000L, convicted.sentence().describe())));
        }

        @Test
        void a_charge_not_yet_decided_has_no_verdict_or_sentence() {
            ChargeType type = CaseMapping.toType(fullView(), TestStatutes.VIEWS).charges().get(1);

            assertThat(type.id()).isEqualTo(pendingId.toString());
            assertThat(type.statuteCode()).isEqualTo("PACHTO-3");
            assertThat(type.verdict()).isNull();
            assertThat(type.sentence()).isNull();
        }

        @Test
        void a_sentence_without_a_term_or_fine_leaves_them_null() {
            Offence life = Offence.charged(convictionId, recruiterId, StatuteRef.of("PPC-370", 1), Set.of(victimId), facts)
                    .withVerdict(new Verdict(VerdictOutcome.CONVICTED, LocalDate.of(2017, 9, 1)))
                    .withSentence(Sentence.lifeImprisonment(LocalDate.of(2017, 9, 15)));
            CaseView view = fullView();
            CaseView withLife = new CaseView(view.id(), view.version(), view.firNumber(), view.circle(), view.firSections(),
                    view.status(), view.statusDates(), view.investigationClosedReason(), view.victims(), view.accused(),
                    List.of(life), view.hearings(), view.warnings(), view.assignment(), view.recordedFacts(),
                    view.otherSections());

            SentenceType sentence = CaseMapping.toType(withLife, TestStatutes.VIEWS).charges().get(0).sentence();

            assertThat(sentence).isEqualTo(new SentenceType(LocalDate.of(2017, 9, 15), SentenceKind.IMPRISONMENT_FOR_LIFE,
                    null, null, null, null, life.sentence().describe()));
        }

        @Test
        void hearings_keep_their_order_and_a_missing_next_date_is_null() {
            assertThat(CaseMapping.toType(fullView(), TestStatutes.VIEWS).hearings()).containsExactly(
                    new HearingType(LocalDate.of(2017, 6, 20), "Sessions Court Lahore", "Evidence of the victim",
                            LocalDate.of(2017, 7, 4)),
                    new HearingType(LocalDate.of(2017, 7, 4), "Sessions Court Lahore", "Arguments", null));
        }
    }

    @Nested
    class Facts {

        @Test
        void out_every_vocabulary_in_declaration_order_and_the_route_in_its_own_order() {
            assertThat(CaseMapping.facts(CaseProjection.facts(facts))).isEqualTo(expectedFacts());
        }

        @Test
        void in_every_part_is_read_and_a_list_left_out_is_empty() {
            FactsInput input = new FactsInput(List.of(Act.RECRUITMENT, Act.TRANSPORTATION), null, null,
                    List.of("PK", "AE"), OFFENCE, null);

            assertThat(CaseMapping.facts(input)).isEqualTo(new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                    Set.of(), Set.of(), Route.of("PK", "AE"), OFFENCE, Set.of()));
        }

        @Test
        void in_and_out_again_gives_the_same_facts() {
            FactsInput input = new FactsInput(List.of(Act.TRANSPORTATION, Act.RECRUITMENT), List.of(Means.FORCE, Means.FRAUD),
                    List.of(Purpose.BONDED_LABOUR, Purpose.FORCED_LABOUR), List.of("PK", "AE", "OM"), OFFENCE,
                    List.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT, StatutoryCondition.HABITUAL_DEALING));

            assertThat(CaseMapping.facts(CaseProjection.facts(CaseMapping.facts(input)))).isEqualTo(expectedFacts());
        }

        @Test
        void in_repeated_values_count_once() {
            FactsInput input = new FactsInput(List.of(Act.RECRUITMENT, Act.RECRUITMENT), List.of(Means.FRAUD, Means.FRAUD),
                    List.of(), List.of("PK"), OFFENCE, List.of());

            OffenceFacts read = CaseMapping.facts(input);

            assertThat(read.acts()).containsExactly(Act.RECRUITMENT);
            assertThat(read.means()).containsExactly(Means.FRAUD);
        }

        @Test
        void in_left_out_entirely_is_no_facts() {
            assertThat(CaseMapping.facts((FactsInput) null)).isNull();
        }

        @Test
        void in_an_empty_value_in_any_list_is_bad_input() {
            List<Act> acts = Arrays.asList(Act.RECRUITMENT, null);
            List<Means> means = Arrays.asList((Means) null);
            assertNullInList(() -> CaseMapping.facts(new FactsInput(acts, null, null, List.of("PK"), OFFENCE, null)));
            assertNullInList(() -> CaseMapping.facts(new FactsInput(List.of(Act.RECRUITMENT), means, null, List.of("PK"),
                    OFFENCE, null)));
            assertNullInList(() -> CaseMapping.facts(new FactsInput(List.of(Act.RECRUITMENT), null,
                    Arrays.asList(Purpose.PROSTITUTION, null), List.of("PK"), OFFENCE, null)));
            assertNullInList(() -> CaseMapping.facts(new FactsInput(List.of(Act.RECRUITMENT), null, null, List.of("PK"),
                    OFFENCE, Arrays.asList((StatutoryCondition) null))));
        }

        @Test
        void in_a_country_that_is_not_a_code_is_refused_by_the_domain_naming_its_rule() {
            assertThatThrownBy(() -> CaseMapping.facts(new FactsInput(List.of(Act.RECRUITMENT), null, null,
                    List.of("PK", "Dubai"), OFFENCE, null)))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((InvalidValueException) e).rule()).isNotBlank());
        }

        @Test
        void in_a_route_left_out_is_refused_by_the_domain() {
            assertThatThrownBy(() -> CaseMapping.facts(new FactsInput(List.of(Act.RECRUITMENT), null, null, null, OFFENCE,
                    null))).isInstanceOf(InvalidValueException.class);
        }

        private void assertNullInList(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading) {
            assertThatThrownBy(reading).isInstanceOf(BadInput.class)
                    .hasMessage("a list holds an empty (null) value")
                    .satisfies(e -> assertThat(((BadInput) e).rule()).isEqualTo("NULL_IN_LIST"));
        }
    }

    @Nested
    class Charge_advice {

        final ChargeAdvice advice = new ChargeAdvisor().advise(new OffenceFacts(Set.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                        Set.of(Means.FRAUD), Set.of(Purpose.BONDED_LABOUR), Route.of("PK", "AE"), LocalDate.of(2019, 3, 1), Set.of()),
                List.of(VictimFixture.adultWoman()), StatuteCatalogueFixture.catalogue());

        @Test
        void keeps_every_statute_in_the_advisers_order() {
            ChargeAdviceType type = CaseMapping.advice(advice);

            assertThat(type.statutes()).extracting(a -> a.statute().code() + "/" + a.statute().version())
                    .containsExactlyElementsOf(advice.statutes().stream()
                            .map(a -> a.statute().code().value() + "/" + a.statute().version()).toList());
            assertThat(type.statutes()).isNotEmpty();
        }

        @Test
        void carries_each_statutes_verdict_notes_findings_and_penalty_range() {
            ChargeAdviceType type = CaseMapping.advice(advice);

            for (int i = 0; i < advice.statutes().size(); i++) {
                StatuteAdvice given = advice.statutes().get(i);
                StatuteAdviceType mapped = type.statutes().get(i);
                assertThat(mapped.statute()).isEqualTo(StatuteViews.of(given.statute()));
                assertThat(mapped.applicable()).isEqualTo(given.isApplicable());
                assertThat(mapped.inForce()).isEqualTo(given.inForce());
                assertThat(mapped.inForceNote()).isEqualTo(given.inForceNote());
                assertThat(mapped.scopeFits()).isEqualTo(given.scopeFits());
                assertThat(mapped.scopeNote()).isEqualTo(given.scopeNote());
                assertThat(mapped.penaltyRange()).isEqualTo(given.penaltyRange());
                assertThat(mapped.met()).containsExactlyElementsOf(findings(given.met()));
                assertThat(mapped.missing()).containsExactlyElementsOf(findings(given.missing()));
            }
        }

        @Test
        void an_applicable_statute_has_met_elements_and_none_missing() {
            StatuteAdviceType applicable = CaseMapping.advice(advice).statutes().stream()
                    .filter(StatuteAdviceType::applicable).findFirst().orElseThrow();

            assertThat(applicable.met()).isNotEmpty().allSatisfy(f -> assertThat(f.met()).isTrue());
            assertThat(applicable.missing()).isEmpty();
        }

        @Test
        void no_statutes_is_an_empty_list() {
            assertThat(CaseMapping.advice(new ChargeAdvice(List.of())).statutes()).isEmpty();
        }

        private List<ElementFindingType> findings(List<ElementFinding> findings) {
            return findings.stream().map(f -> new ElementFindingType(f.kind(), f.requirement(), f.met(), f.explanation())).toList();
        }
    }

    private static FactsType expectedFacts() {
        return new FactsType(List.of(Act.RECRUITMENT, Act.TRANSPORTATION).stream().sorted().toList(),
                List.of(Means.FORCE, Means.FRAUD).stream().sorted().toList(),
                List.of(Purpose.FORCED_LABOUR, Purpose.BONDED_LABOUR).stream().sorted().toList(),
                List.of("PK", "AE", "OM"), OFFENCE,
                List.of(StatutoryCondition.FOR_FINANCIAL_OR_MATERIAL_BENEFIT, StatutoryCondition.HABITUAL_DEALING).stream().sorted().toList());
    }
}
