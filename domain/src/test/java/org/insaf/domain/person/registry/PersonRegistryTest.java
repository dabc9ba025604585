package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Persons across cases (issue 18): particulars, candidates with their score and reasons, joins and separations. */
class PersonRegistryTest {

    static PersonParticulars person(String name, String father, String cnic, String district, String... phones) {
        return new PersonParticulars(List.of(name), father, cnic, null,
                java.util.Arrays.stream(phones).map(PhoneNumber::of).collect(java.util.stream.Collectors.toSet()), district);
    }

    static final PersonId OTHER = PersonId.random();

    @Nested
    class Particulars {

        @Test
        void telephone_numbers_in_national_and_international_form_are_one_number() {
            assertThat(PhoneNumber.of("0300-1234567")).isEqualTo(PhoneNumber.of("+92 300 1234567"))
                    .isEqualTo(PhoneNumber.of("0092 300 1234567")).isEqualTo(PhoneNumber.of("(0300) 123 4567"));
            assertThat(PhoneNumber.of("+971 50 123 4567").digits()).isEqualTo("971501234567");
        }

        @Test
        void a_telephone_number_that_is_not_one_is_refused_with_PHONE_FORMAT() {
            for (String bad : List.of("12345", "0300-12x4567", "+92 300 1234567 1234567", "++923001234567", "0000000")) {
                assertThatThrownBy(() -> PhoneNumber.of(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                        .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("PHONE_FORMAT");
            }
        }

        @Test
        void cnic_passport_and_names_are_checked() {
            assertThatThrownBy(() -> person("Ali", null, "3520212345671", null))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("CNIC_FORMAT");
            assertThatThrownBy(() -> new PersonParticulars(List.of("Ali"), null, null, "AB-12", Set.of(), null))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("PASSPORT_FORMAT");
            assertThatThrownBy(() -> new PersonParticulars(List.of(), null, null, null, Set.of(), null))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("REQUIRED");
            assertThatThrownBy(() -> new PersonParticulars(List.of(" "), null, null, null, Set.of(), null))
                    .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("REQUIRED");
            assertThat(new PersonParticulars(List.of("Ali"), null, null, "ab 1234567", Set.of(), null).passport())
                    .isEqualTo("AB1234567");
        }

        @Test
        void particulars_never_print_themselves() {
            assertThat(person("Akbar Khan", "Gul Khan", "35202-1234567-1", "Gujrat").toString()).doesNotContain("Akbar", "35202");
        }
    }

    @Nested
    class Candidates {

        @Test
        void the_same_cnic_scores_100_whatever_the_names() {
            var sought = person("Akbar Khan", null, "35202-1234567-1", null);
            var found = SamePersonTest.candidate(sought, OTHER, person("Akbar Ali", null, "35202-1234567-1", null));
            assertThat(found).hasValueSatisfying(c -> {
                assertThat(c.score()).isEqualTo(100);
                assertThat(c.reasons()).containsExactly(MatchReason.SAME_CNIC);
            });
        }

        @Test
        void two_different_cnics_are_two_people_however_close_the_rest() {
            var sought = person("Akbar Khan", "Gul Khan", "35202-1234567-1", "Gujrat", "0300-1234567");
            assertThat(SamePersonTest.candidate(sought, OTHER,
                    person("Akbar Khan", "Gul Khan", "35202-1234567-2", "Gujrat", "0300-1234567"))).isEmpty();
        }

        @Test
        void the_same_passport_scores_95_and_the_same_phone_70() {
            var sought = new PersonParticulars(List.of("Tariq"), null, null, "AB1234567", Set.of(), null);
            assertThat(SamePersonTest.candidate(sought, OTHER,
                    new PersonParticulars(List.of("Zahid"), null, null, "AB1234567", Set.of(), null)).orElseThrow().score())
                    .isEqualTo(95);
            assertThat(SamePersonTest.candidate(person("Tariq", null, null, null, "03001234567"), OTHER,
                    person("Zahid", null, null, null, "+923001234567")).orElseThrow())
                    .satisfies(c -> assertThat(c.score()).isEqualTo(70))
                    .satisfies(c -> assertThat(c.reasons()).containsExactly(MatchReason.SAME_PHONE));
        }

        @Test
        void a_close_name_counts_only_with_a_close_father_s_name_and_the_same_district() {
            var sought = person("Mohammad Akbar Khan", "Gul Khan", null, "Gujrat");
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Akbar Khaan", "Gul Khan", null, "Gujrat")))
                    .hasValueSatisfying(c -> {
                        assertThat(c.score()).isEqualTo(85);
                        assertThat(c.reasons()).containsExactly(MatchReason.SAME_NAME, MatchReason.SAME_FATHER_NAME,
                                MatchReason.SAME_DISTRICT);
                    });
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Akbar Khan", "Gul Khan", null, "Sialkot"))).isEmpty();
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Akbar Khan", "Noor Zaman", null, "Gujrat"))).isEmpty();
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Akbar Khan", null, null, "Gujrat"))).isEmpty();
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Shahid Mehmood", "Gul Khan", null, "Gujrat"))).isEmpty();
        }

        @Test
        void a_similar_name_scores_below_the_same_name() {
            var sought = person("Akbar Khan", "Gul Khan", null, "Gujrat");
            var similar = SamePersonTest.candidate(sought, OTHER, person("Akbar Khan Niazi", "Gul Khan", null, "gujrat"))
                    .orElseThrow();
            assertThat(similar.reasons()).contains(MatchReason.SIMILAR_NAME, MatchReason.SAME_DISTRICT);
            assertThat(similar.score()).isBetween(73, 84);
        }

        @Test
        void a_phone_with_a_close_name_scores_above_the_phone_alone() {
            var found = SamePersonTest.candidate(person("Akbar Khan", null, null, null, "03001234567"), OTHER,
                    person("Akbar Khaan", null, null, null, "03001234567")).orElseThrow();
            assertThat(found.score()).isEqualTo(90);
            assertThat(found.reasons()).containsExactly(MatchReason.SAME_PHONE, MatchReason.SAME_NAME);
        }

        @Test
        void aliases_count_each() {
            var sought = new PersonParticulars(List.of("Akbar Khan", "Bao Jee"), "Gul Khan", null, null, Set.of(), "Gujrat");
            assertThat(SamePersonTest.candidate(sought, OTHER, person("Baoji", "Gul Khan", null, "Gujrat"))).isPresent();
        }
    }

    @Nested
    class Joining_and_separating {

        final Person first = Person.recorded(PersonId.random(), person("Akbar Khan", "Gul Khan", null, "Gujrat"));
        final Person second = Person.recorded(PersonId.random(), person("Akbar Khaan", null, "35202-1234567-1", null));

        @Test
        void a_joined_record_answers_for_the_other_and_separation_restores_both() {
            PersonParticulars before = second.particulars();
            second.joinTo(first);
            assertThat(second.person()).isEqualTo(first.id());
            assertThat(first.person()).isEqualTo(first.id());
            second.separate();
            assertThat(second.person()).isEqualTo(second.id());
            assertThat(second.particulars()).isSameAs(before);
        }

        @Test
        void a_record_is_not_joined_to_itself() {
            assertThat(refusal(() -> first.joinTo(first))).isEqualTo(Rule.PERSON_LINK);
        }

        @Test
        void a_record_already_joined_is_not_joined_again() {
            second.joinTo(first);
            assertThat(refusal(() -> second.joinTo(first))).isEqualTo(Rule.PERSON_LINK);
            Person third = Person.recorded(PersonId.random(), person("Akbar", null, null, null));
            assertThat(refusal(() -> second.joinTo(third))).isEqualTo(Rule.PERSON_LINK);
        }

        @Test
        void joins_are_one_level_deep() {
            Person joined = Person.restored(PersonId.random(), person("Akbar", null, null, null), Optional.of(first.id()), Set.of());
            assertThat(refusal(() -> second.joinTo(joined))).isEqualTo(Rule.PERSON_LINK);
            Person withOthers = Person.restored(PersonId.random(), person("Akbar", null, null, null), Optional.empty(),
                    Set.of(PersonId.random()));
            assertThat(refusal(() -> withOthers.joinTo(first))).isEqualTo(Rule.PERSON_LINK);
        }

        @Test
        void two_records_with_different_cnics_are_not_joined() {
            Person other = Person.recorded(PersonId.random(), person("Akbar Khan", null, "35202-1234567-2", null));
            assertThat(refusal(() -> second.joinTo(other))).isEqualTo(Rule.ONE_CNIC_PER_PERSON);
            assertThat(second.joinedTo()).isEmpty();
        }

        @Test
        void only_a_joined_record_is_separated() {
            assertThat(refusal(first::separate)).isEqualTo(Rule.PERSON_UNLINK);
        }

        @Test
        void recording_more_adds_names_fills_gaps_and_refuses_another_cnic() {
            second.record(person("Akbar Khan s/o Gul", "Gul Khan", null, "Gujrat", "03001234567"));
            assertThat(second.particulars().names()).containsExactly("Akbar Khan s/o Gul", "Akbar Khaan");
            assertThat(second.particulars().cnic()).isEqualTo("35202-1234567-1");
            assertThat(second.particulars().district()).isEqualTo("Gujrat");
            assertThat(refusal(() -> second.record(person("Akbar", null, "35202-1234567-9", null))))
                    .isEqualTo(Rule.ONE_CNIC_PER_PERSON);
            assertThat(second.particulars().cnic()).isEqualTo("35202-1234567-1");
        }
    }

    static Rule refusal(Runnable step) {
        try {
            step.run();
        } catch (InvariantViolation v) {
            return v.rule();
        }
        throw new AssertionError("the step was not refused");
    }
}
