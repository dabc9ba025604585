package org.insaf.domain.person.registry;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Victims across cases (issue 18 items 1 and 6): the terms two cases must share, and links between victims. */
class VictimMatchingTest {

    static PersonParticulars victim(String name, String father) {
        return victim(name, father, "Kasur");
    }

    static PersonParticulars victim(String name, String father, String district) {
        return new PersonParticulars(List.of(name), father, null, null, Set.of(), district);
    }

    /** The terms two victims share, by reason. */
    static Set<MatchReason> shared(PersonParticulars one, PersonParticulars other) {
        Set<BlindIndexTerm> common = new HashSet<>(VictimMatchTerms.of(one));
        common.retainAll(VictimMatchTerms.of(other));
        Set<MatchReason> reasons = new HashSet<>();
        common.forEach(t -> reasons.add(t.reason()));
        return reasons;
    }

    @Nested
    class Terms {

        // Spellings of the normaliser's table (NameNormaliserTest), as two FIRs wrote one victim and her father.
        @ParameterizedTest(name = "{0} d/o {1} = {2} d/o {3}")
        @CsvSource(delimiter = '|', textBlock = """
                Shazia Bibi     | Muhammad Asif  | Mst. Shazia     | Mohd. Asif
                Ayesha Bibi     | Ghulam Rasool  | Aisha           | Ghulam Rasul
                Nasreen         | Ahmed Raza     | NASREEN         | Ahmad  Raza
                Zia-ul-Haq      | Mehmood Akhtar | Zia ul Haq      | Mahmud Akhtar
                Abdul Rehman    | Rasheed Ahmad  | Abdurrahman     | Rashid Ahmed
                Umar Farooq     | Yousaf Ali     | Omar Farooq     | Yusuf Ali
                Ghulam Abbas    | Imran Khan     | غلام عباس        | عمران خان
                Iqbal Ahmad     | Hussain Shah   | Ikbal Ahmed     | Syed Husain Shah
                """)
        void spellings_the_normaliser_folds_share_the_name_term(String name, String father, String otherName,
                                                               String otherFather) {
            assertThat(shared(victim(name, father), victim(otherName, otherFather)))
                    .containsExactly(MatchReason.SAME_NAME);
        }

        @ParameterizedTest(name = "{0} d/o {1} is not {2} d/o {3}")
        @CsvSource(delimiter = '|', textBlock = """
                Saima           | Muhammad Asif  | Salma           | Muhammad Asif
                Shazia          | Muhammad Asif  | Shazia          | Muhammad Arif
                Javed           | Imran Khan     | Jawad           | Imran Khan
                Ali Raza        | Gul Khan       | Raza Ali        | Gul Khan
                Hassan          | Tariq Mehmood  | Hussain         | Tariq Mehmood
                """)
        void near_names_of_other_people_share_no_term(String name, String father, String otherName, String otherFather) {
            assertThat(shared(victim(name, father), victim(otherName, otherFather))).isEmpty();
        }

        @Test
        void a_name_without_a_father_s_name_or_a_district_gives_no_term_however_equal() {
            assertThat(VictimMatchTerms.of(victim("Shazia Bibi", null))).isEmpty();
            assertThat(VictimMatchTerms.of(victim("Shazia Bibi", "Muhammad Asif", null))).isEmpty();
            assertThat(shared(victim("Shazia Bibi", null), victim("Shazia Bibi", null))).isEmpty();
        }

        @Test
        void namesakes_of_one_father_s_name_in_two_districts_share_no_term_and_a_district_s_spelling_is_folded() {
            assertThat(shared(victim("Nasreen", "Muhammad Asif", "Kasur"), victim("Nasreen", "Muhammad Asif", "Okara")))
                    .isEmpty();
            assertThat(shared(victim("Nasreen", "Muhammad Asif", "Dera Ghazi Khan"),
                    victim("Nasrin", "Muhammad Asif", "dera ghazi-khan"))).containsExactly(MatchReason.SAME_NAME);
        }

        @Test
        void a_cnic_a_passport_and_a_phone_in_any_written_form_are_terms_of_their_own_kind() {
            PersonParticulars one = new PersonParticulars(List.of("Kiran"), null, "35202-1234567-1", "ab 1234567",
                    Set.of(PhoneNumber.of("0300-1234567")), null);
            PersonParticulars other = new PersonParticulars(List.of("Someone Else"), null, "35202-1234567-1", "AB1234567",
                    Set.of(PhoneNumber.of("+92 300 1234567")), null);
            assertThat(shared(one, other)).containsExactlyInAnyOrder(MatchReason.SAME_CNIC, MatchReason.SAME_PASSPORT,
                    MatchReason.SAME_PHONE);
        }

        @Test
        void equal_digits_of_different_kinds_never_meet() {
            PersonParticulars phone = new PersonParticulars(List.of("A"), null, null, null,
                    Set.of(new PhoneNumber("3520212345671")), null);
            PersonParticulars cnic = new PersonParticulars(List.of("A"), null, "35202-1234567-1", null, Set.of(), null);
            assertThat(shared(phone, cnic)).isEmpty();
        }

        @Test
        void a_shared_name_term_is_shown_as_the_same_name_father_s_name_and_district() {
            assertThat(VictimMatchTerms.reasons(Set.of(MatchReason.SAME_NAME)))
                    .containsExactlyInAnyOrder(MatchReason.SAME_NAME, MatchReason.SAME_FATHER_NAME, MatchReason.SAME_DISTRICT);
            assertThat(VictimMatchTerms.reasons(Set.of(MatchReason.SAME_PHONE))).containsExactly(MatchReason.SAME_PHONE);
        }

        @Test
        void a_term_never_prints_its_value() {
            BlindIndexTerm term = VictimMatchTerms.of(victim("Shazia", "Muhammad Asif")).iterator().next();
            assertThat(term.toString()).doesNotContainIgnoringCase("shazia").doesNotContainIgnoringCase("asif")
                    .doesNotContainIgnoringCase("kasur");
        }
    }

    @Nested
    class Links {

        private final CaseId first = CaseId.random();
        private final CaseId second = CaseId.random();

        private VictimRecord record(CaseId caseId, String cnic) {
            return new VictimRecord(PersonId.random(), caseId, Optional.ofNullable(cnic), Set.of());
        }

        @Test
        void victims_of_two_cases_are_linked_both_ways_and_separated_both_ways() {
            VictimRecord earlier = record(first, "35202-1234567-1");
            VictimRecord later = record(second, "35202-1234567-1");
            later.linkTo(earlier);
            assertThat(later.linkedTo()).containsExactly(earlier.id());
            assertThat(earlier.linkedTo()).containsExactly(later.id());
            earlier.separateFrom(later);
            assertThat(later.linkedTo()).isEmpty();
            assertThat(earlier.linkedTo()).isEmpty();
        }

        @Test
        void a_victim_is_not_linked_to_itself() {
            VictimRecord victim = record(first, null);
            assertRefused(() -> victim.linkTo(victim), Rule.VICTIM_LINK, "a victim cannot be linked to itself");
        }

        @Test
        void two_victims_of_one_case_are_two_people() {
            assertRefused(() -> record(first, null).linkTo(record(first, null)), Rule.VICTIM_LINK,
                    "two victims of one case are two people; a link joins victims of two cases");
        }

        @Test
        void a_link_is_made_once() {
            VictimRecord earlier = record(first, null);
            VictimRecord later = record(second, null);
            later.linkTo(earlier);
            assertRefused(() -> earlier.linkTo(later), Rule.VICTIM_LINK, "the two victims are already linked as one person");
        }

        @Test
        void victims_with_different_cnics_are_two_people_and_one_cnic_unknown_is_no_obstacle() {
            assertRefused(() -> record(first, "35202-1234567-1").linkTo(record(second, "35202-1234567-2")),
                    Rule.ONE_CNIC_PER_PERSON, "the two victims carry different CNICs, so they are two people");
            VictimRecord unknown = record(second, null);
            record(first, "35202-1234567-1").linkTo(unknown);
            assertThat(unknown.linkedTo()).hasSize(1);
        }

        @Test
        void only_linked_victims_are_separated_and_a_refusal_changes_nothing() {
            VictimRecord earlier = record(first, null);
            VictimRecord later = record(second, null);
            VictimRecord third = record(CaseId.random(), null);
            later.linkTo(earlier);
            assertRefused(() -> later.separateFrom(third), Rule.VICTIM_UNLINK, "the two victims are not linked as one person");
            assertThat(later.linkedTo()).containsExactly(earlier.id());
        }

        private void assertRefused(Runnable change, Rule rule, String message) {
            assertThatThrownBy(change::run).isInstanceOf(InvariantViolation.class).hasMessage(message)
                    .satisfies(e -> assertThat(((InvariantViolation) e).rule()).isEqualTo(rule));
        }
    }
}
