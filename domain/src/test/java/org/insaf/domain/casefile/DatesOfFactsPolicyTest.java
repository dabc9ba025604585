package org.insaf.domain.casefile;

import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.Pseudonym;
import org.insaf.domain.person.Victim;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatesOfFactsPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 15);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    private final DatesOfFactsPolicy policy = new DatesOfFactsPolicy();

    private static void refused(PolicyDecision decision, Rule rule, String reason) {
        assertThat(decision).isEqualTo(PolicyDecision.refuse(rule, reason));
    }

    private static Victim victim(long number, AgeEvidence age) {
        return new VictimDetails(Gender.FEMALE, age, null, Set.of(), Set.of(), Set.of(), null)
                .toVictim(PersonId.random(), Pseudonym.of(2024, number), new VictimIdentity("Bano", null, null, null));
    }

    @Nested
    class A_date_of_birth_or_of_an_age_estimate_is_not_in_the_future {

        @Test
        void born_today_is_allowed_born_tomorrow_is_refused() {
            assertThat(policy.mayRecordAge(AgeEvidence.bornOn(TODAY), TODAY).isAllowed()).isTrue();
            refused(policy.mayRecordAge(AgeEvidence.bornOn(TOMORROW), TODAY), Rule.BUSINESS_DATE,
                    "the date of birth 2024-01-16 is in the future (today is 2024-01-15)");
        }

        @Test
        void estimated_today_is_allowed_estimated_tomorrow_is_refused() {
            assertThat(policy.mayRecordAge(AgeEvidence.estimated(12, TODAY), TODAY).isAllowed()).isTrue();
            refused(policy.mayRecordAge(AgeEvidence.estimated(12, TOMORROW), TODAY), Rule.BUSINESS_DATE,
                    "the date of the age estimate 2024-01-16 is in the future (today is 2024-01-15)");
        }

        @Test
        void an_unknown_age_has_no_date_to_refuse() {
            assertThat(policy.mayRecordAge(AgeEvidence.unknown(), TODAY).isAllowed()).isTrue();
        }
    }

    @Nested
    class An_offence_is_not_alleged_in_the_future {

        @Test
        void today_is_allowed_tomorrow_is_refused() {
            assertThat(policy.mayAllegeOffenceOn(TODAY, TODAY).isAllowed()).isTrue();
            refused(policy.mayAllegeOffenceOn(TOMORROW, TODAY), Rule.BUSINESS_DATE,
                    "the offence date 2024-01-16 is in the future (today is 2024-01-15)");
        }
    }

    @Nested
    class A_victim_was_born_by_the_offence_date {

        private final LocalDate offence = LocalDate.of(2017, 2, 1);

        @Test
        void born_on_the_offence_date_is_allowed_born_the_day_after_is_refused() {
            assertThat(policy.wasBornBy(offence, AgeEvidence.bornOn(offence), "the victim").isAllowed()).isTrue();
            refused(policy.wasBornBy(offence, AgeEvidence.bornOn(offence.plusDays(1)), "the victim"),
                    Rule.BORN_BY_OFFENCE_DATE, "the victim, born on 2017-02-02, was not yet born on the offence date 2017-02-01");
        }

        @Test
        void an_estimate_that_puts_the_birth_after_the_offence_is_refused() {
            // Estimated 2 on 2020-06-01: born by mid-2018 at the latest, so not by February 2017.
            refused(policy.wasBornBy(offence, AgeEvidence.estimated(2, LocalDate.of(2020, 6, 1)), "the victim"),
                    Rule.BORN_BY_OFFENCE_DATE,
                    "the victim, estimated to be 2 on 2020-06-01, was not yet born on the offence date 2017-02-01");
            assertThat(policy.wasBornBy(offence, AgeEvidence.estimated(3, LocalDate.of(2020, 1, 31)), "the victim")
                    .isAllowed()).isTrue();
        }

        @Test
        void an_unknown_age_cannot_contradict_the_offence_date() {
            assertThat(policy.wasBornBy(offence, AgeEvidence.unknown(), "the victim").isAllowed()).isTrue();
        }

        @Test
        void the_first_victim_born_too_late_is_named() {
            Victim older = victim(1, AgeEvidence.bornOn(LocalDate.of(2005, 1, 1)));
            Victim younger = victim(2, AgeEvidence.bornOn(LocalDate.of(2018, 1, 1)));
            assertThat(policy.wereBornBy(offence, List.of(older)).isAllowed()).isTrue();
            refused(policy.wereBornBy(offence, List.of(older, younger)), Rule.BORN_BY_OFFENCE_DATE,
                    "victim V-2024-000002, born on 2018-01-01, was not yet born on the offence date 2017-02-01");
        }
    }

    @Nested
    class The_sections_of_other_laws_of_an_fir {

        @Test
        void are_kept_as_written_once_each_in_their_order_and_never_among_the_catalogue_sections() {
            Case c = Case.register(CaseId.random(), new FirNumber("FIR 1/2017"), new FiaCircle("AHTC Lahore"),
                    LocalDate.of(2017, 3, 1), Set.of(org.insaf.domain.statute.StatuteCode.of("PACHTO-3")),
                    List.of(" EO 1979 s.18", "CrPC 154", "EO 1979 s.18 "), TODAY);
            assertThat(c.otherSections()).containsExactly("EO 1979 s.18", "CrPC 154");
            assertThat(c.firSections()).extracting(Object::toString).containsExactly("PACHTO-3");
            assertThat(Case.reconstitute(c.snapshot()).otherSections()).isEqualTo(c.otherSections());
        }
    }
}
