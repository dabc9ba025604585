package org.insaf.domain.person;

import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.Purpose;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VictimTest {

    static Victim bornOn(LocalDate dateOfBirth) {
        return new VictimDetails(Gender.FEMALE, AgeEvidence.bornOn(dateOfBirth), CountryCode.PAKISTAN,
                Set.of(VulnerabilityFactor.POVERTY), Set.of(Purpose.DOMESTIC_SERVITUDE), Set.of(), RecruiterRelation.FAMILY)
                .toVictim(PersonId.random(), Pseudonym.of(2017, 123), new VictimIdentity("Ayesha", null, null, null));
    }

    @Test
    void a_child_until_the_day_before_the_18th_birthday() {
        Victim victim = bornOn(LocalDate.of(2000, 6, 15));
        assertThat(victim.isChildOn(LocalDate.of(2018, 6, 14))).isTrue();
        assertThat(victim.isChildOn(LocalDate.of(2018, 6, 15))).isFalse();
        assertThat(victim.age().ageOn(LocalDate.of(2018, 6, 14))).contains(17);
        assertThat(victim.age().ageOn(LocalDate.of(2018, 6, 15))).contains(18);
    }

    @Test
    void born_on_29_february_completes_18_years_on_1_march_of_a_common_year() {
        Victim victim = bornOn(LocalDate.of(2000, 2, 29));
        assertThat(victim.isChildOn(LocalDate.of(2018, 2, 28))).isTrue();
        assertThat(victim.isChildOn(LocalDate.of(2018, 3, 1))).isFalse();
        Victim leapBirthdayInLeapYear = bornOn(LocalDate.of(2002, 2, 28));
        assertThat(leapBirthdayInLeapYear.isChildOn(LocalDate.of(2020, 2, 27))).isTrue();
        assertThat(leapBirthdayInLeapYear.isChildOn(LocalDate.of(2020, 2, 28))).isFalse();
        Victim bornLeap1996 = bornOn(LocalDate.of(1996, 2, 29));
        assertThat(bornLeap1996.isChildOn(LocalDate.of(2014, 2, 28))).isTrue();
        assertThat(bornLeap1996.isChildOn(LocalDate.of(2014, 3, 1))).isFalse();
    }

    @Test
    void an_estimated_age_grows_with_time_from_the_estimate() {
        AgeEvidence estimate = AgeEvidence.estimated(16, LocalDate.of(2017, 5, 1));
        assertThat(estimate.ageOn(LocalDate.of(2017, 5, 1))).contains(16);
        assertThat(estimate.ageOn(LocalDate.of(2019, 4, 30))).contains(17);
        assertThat(estimate.ageOn(LocalDate.of(2019, 5, 1))).contains(18);
        assertThat(estimate.ageOn(LocalDate.of(2015, 5, 1))).contains(14);
        assertThat(estimate.isUnderOn(18, LocalDate.of(2019, 4, 30))).isTrue();
        assertThat(estimate.isUnderOn(18, LocalDate.of(2019, 5, 1))).isFalse();
        assertThat(AgeEvidence.estimated(1, LocalDate.of(2017, 5, 1)).ageOn(LocalDate.of(2015, 5, 1))).isEmpty();
        assertThat(AgeEvidence.estimated(1, LocalDate.of(2017, 5, 1)).ageOn(LocalDate.of(2016, 5, 1))).contains(0);
        assertThat(estimate.isKnown()).isTrue();
    }

    @Test
    void an_unknown_age_is_never_taken_for_a_child() {
        AgeEvidence unknown = AgeEvidence.unknown();
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.ageOn(LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(unknown.isUnderOn(18, LocalDate.of(2017, 1, 1))).isFalse();
        assertThat(AgeEvidence.bornOn(LocalDate.of(2017, 1, 2)).ageOn(LocalDate.of(2017, 1, 1))).isEmpty();
        assertThat(AgeEvidence.bornOn(LocalDate.of(2017, 1, 2)).ageOn(LocalDate.of(2017, 1, 2))).contains(0);
        assertThat(AgeEvidence.bornOn(LocalDate.of(2017, 1, 2)).isKnown()).isTrue();
    }

    @Test
    void age_evidence_is_a_birth_date_or_a_dated_estimate() {
        assertThatThrownBy(() -> new AgeEvidence(LocalDate.of(2000, 1, 1), 17, LocalDate.of(2017, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("AGE_BIRTH_DATE_OR_ESTIMATE"));
        assertThatThrownBy(() -> new AgeEvidence(LocalDate.of(2000, 1, 1), null, LocalDate.of(2017, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new AgeEvidence(null, 17, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("AGE_ESTIMATE_NEEDS_DATE"));
        assertThatThrownBy(() -> new AgeEvidence(null, null, LocalDate.of(2017, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AgeEvidence.estimated(-1, LocalDate.of(2017, 1, 1)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("AGE_ESTIMATE_PLAUSIBLE"));
        assertThatThrownBy(() -> AgeEvidence.estimated(131, LocalDate.of(2017, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(AgeEvidence.estimated(0, LocalDate.of(2017, 1, 1)).estimatedAge()).isZero();
        assertThat(AgeEvidence.estimated(130, LocalDate.of(2017, 1, 1)).estimatedAge()).isEqualTo(130);
    }

    @Test
    void pseudonyms_read_v_year_six_digits() {
        assertThat(Pseudonym.of(2017, 123).value()).isEqualTo("V-2017-000123");
        assertThat(Pseudonym.of(2017, 999_999)).hasToString("V-2017-999999");
        assertThat(Pseudonym.of(1000, 1).value()).isEqualTo("V-1000-000001");
        assertThat(Pseudonym.of(9999, 1).value()).isEqualTo("V-9999-000001");
        assertThatThrownBy(() -> Pseudonym.of(2017, 0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("PSEUDONYM_SEQUENCE"));
        assertThatThrownBy(() -> Pseudonym.of(2017, 1_000_000)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Pseudonym.of(999, 1)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("PSEUDONYM_YEAR"));
        assertThatThrownBy(() -> Pseudonym.of(10_000, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Pseudonym("V-17-000123")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("PSEUDONYM_FORMAT"));
    }

    @Test
    void the_protected_identity_never_prints_its_content() {
        VictimIdentity identity = new VictimIdentity("Ayesha Bibi", "35202-1234567-1", "0300-1234567", "Lahore");
        assertThat(identity.toString()).isEqualTo("VictimIdentity[protected]");
        Victim victim = bornOn(LocalDate.of(2000, 1, 1));
        Victim withIdentity = new Victim(victim.id(), victim.pseudonym(), identity, victim.gender(), victim.age(),
                victim.nationality(), victim.vulnerabilities(), victim.exploitation(), victim.protection(),
                victim.recruiterRelation());
        assertThat(withIdentity.toString()).doesNotContain("Ayesha", "35202", "0300", "Lahore")
                .contains("V-2017-000123");
        assertThatThrownBy(() -> new VictimIdentity("A", "3520212345671", null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("CNIC_FORMAT"))
                .hasMessageNotContaining("3520212345671");
        assertThatThrownBy(() -> new VictimIdentity(" ", null, null, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void unknown_gender_and_age_are_defaults_not_guesses() {
        Victim victim = new VictimDetails(null, null, null, null, null, null, null)
                .toVictim(PersonId.random(), Pseudonym.of(2017, 1), new VictimIdentity("X", null, null, null));
        assertThat(victim.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(victim.isFemale()).isFalse();
        assertThat(victim.age().isKnown()).isFalse();
        assertThat(victim.recruiterRelation()).isEqualTo(RecruiterRelation.UNKNOWN);
        assertThat(bornOn(LocalDate.of(2000, 1, 1)).isFemale()).isTrue();
    }

    @Test
    void the_recruiter_relation_keeps_its_stored_names() {
        // The constant names are the storage format (and the CHECK of victim.recruiter_relation).
        assertThat(java.util.Arrays.stream(RecruiterRelation.values()).map(Enum::name))
                .containsExactly("INTIMATE_PARTNER", "FRIEND", "FAMILY", "OTHER", "UNKNOWN");
        assertThat(bornOn(LocalDate.of(2000, 1, 1)).recruiterRelation()).isEqualTo(RecruiterRelation.FAMILY);
    }
}
