package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.PolicyDecision.Refusal;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.shared.Rupees;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.statute.StatuteCatalogueFixture.*;

class PenaltyTest {

    static final LocalDate ON = LocalDate.of(2019, 7, 15);

    static Sentence years(int years) {
        return Sentence.imprisonment(ON, Period.ofYears(years));
    }

    static String refusal(PolicyDecision decision) {
        assertThat(decision).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) decision;
        assertThat(refusal.rule()).isEqualTo(Rule.SENTENCE_WITHIN_LAW);
        return refusal.reason();
    }

    @Nested
    class Terms_of_imprisonment {

        @Test
        void pachto_has_no_minimum_and_accepts_five_years_and_the_maximum_with_a_fine() {
            assertThat(PACHTO_3.assess(years(5).withFine(Rupees.of(1))).isAllowed()).isTrue();
            assertThat(PACHTO_3.assess(Sentence.imprisonment(ON, Period.ofDays(1)).withFine(Rupees.of(1))).isAllowed())
                    .isTrue();
            assertThat(PACHTO_3.assess(years(14).withFine(Rupees.of(1))).isAllowed()).isTrue();
        }

        @Test
        void pachto_refuses_one_year_above_the_maximum_in_words() {
            assertThat(refusal(PACHTO_3.assess(years(15).withFine(Rupees.of(100_000)))))
                    .isEqualTo("PACHTO-3 allows up to 14 years and a fine; 15 years is above the maximum");
        }

        @Test
        void one_day_above_the_maximum_is_refused() {
            Sentence sentence = Sentence.imprisonment(ON, Period.of(14, 0, 1)).withFine(Rupees.of(1));
            assertThat(refusal(PACHTO_3.assess(sentence))).endsWith("14 years 1 day is above the maximum");
        }

        @Test
        void one_day_below_the_minimum_is_refused() {
            // from 2019-07-15, 4 years 11 months ends on 2024-06-15; 29 more days is 2024-07-14,
            // the day before 5 years end
            Sentence sentence = Sentence.imprisonment(ON, Period.of(4, 11, 29));
            assertThat(PPC_369A.assess(Sentence.imprisonment(ON, Period.of(4, 11, 30))).isAllowed()).isTrue();
            assertThat(refusal(PPC_369A.assess(sentence))).isEqualTo("PPC-369A allows 5 to 7 years, or a fine of "
                    + "PKR 500,000 to PKR 700,000, or both; 4 years 11 months 29 days is below the minimum");
        }

        @Test
        void one_month_outside_is_refused_on_both_sides() {
            assertThat(BLAA_11.assess(Sentence.imprisonment(ON, Period.of(1, 11, 0))).isAllowed()).isFalse();
            assertThat(BLAA_11.assess(Sentence.imprisonment(ON, Period.of(2, 0, 0))).isAllowed()).isTrue();
            assertThat(BLAA_11.assess(Sentence.imprisonment(ON, Period.of(5, 0, 0))).isAllowed()).isTrue();
            assertThat(BLAA_11.assess(Sentence.imprisonment(ON, Period.of(5, 1, 0))).isAllowed()).isFalse();
        }

        @Test
        void a_provision_without_minimum_accepts_one_day() {
            assertThat(PPC_374.assess(Sentence.imprisonment(ON, Period.ofDays(1))).isAllowed()).isTrue();
        }
    }

    @Nested
    class Fines {

        @Test
        void a_fine_where_none_is_allowed_is_refused() {
            Statute noFine = StatuteCatalogueTest.version(1, LocalDate.of(2000, 1, 1), null);
            assertThat(noFine.assess(Sentence.imprisonment(ON, Period.ofMonths(6))).isAllowed()).isTrue();
            assertThat(refusal(noFine.assess(Sentence.imprisonment(ON, Period.ofMonths(6)).withFine(Rupees.of(1000)))))
                    .isEqualTo("TEST-1 does not allow a fine; it allows up to 1 year");
        }

        @Test
        void a_fine_alone_is_refused_where_imprisonment_and_fine_are_both_required() {
            assertThat(refusal(PACHTO_3.assess(Sentence.fineOnly(ON, Rupees.of(500_000)))))
                    .isEqualTo("PACHTO-3 allows up to 14 years and a fine; a fine alone is not a lawful sentence, "
                            + "imprisonment is required");
        }

        @Test
        void imprisonment_without_the_mandatory_fine_is_refused() {
            assertThat(refusal(PACHTO_3.assess(years(10))))
                    .isEqualTo("PACHTO-3 allows up to 14 years and a fine; the fine is mandatory and the sentence states none");
        }

        @Test
        void a_fine_alone_is_lawful_under_or_fine_or_both_within_its_bounds() {
            assertThat(PPC_369A.assess(Sentence.fineOnly(ON, Rupees.of(500_000))).isAllowed()).isTrue();
            assertThat(PPC_369A.assess(Sentence.fineOnly(ON, Rupees.of(700_000))).isAllowed()).isTrue();
            assertThat(refusal(PPC_369A.assess(Sentence.fineOnly(ON, Rupees.of(499_999)))))
                    .endsWith("; a fine of PKR 499,999 is below the minimum");
            assertThat(refusal(PPC_369A.assess(Sentence.fineOnly(ON, Rupees.of(700_001)))))
                    .endsWith("; a fine of PKR 700,001 is above the maximum");
            assertThat(PPC_369A.assess(years(5)).isAllowed()).isTrue();
            assertThat(PPC_369A.assess(years(6).withFine(Rupees.of(600_000))).isAllowed()).isTrue();
        }

        @Test
        void a_fine_alone_is_no_longer_lawful_after_the_ptpa_amendment_for_sex_trafficking_only() {
            Sentence fineAlone = Sentence.fineOnly(PTPA_AMENDMENT, Rupees.of(100_000));
            Set<Purpose> sex = Set.of(Purpose.SEXUAL_EXPLOITATION);
            Set<Purpose> labour = Set.of(Purpose.FORCED_LABOUR);
            assertThat(PTPA_3_AGG_V1.assess(fineAlone, sex).isAllowed()).isTrue();
            assertThat(refusal(PTPA_3_AGG_V2.assess(fineAlone, sex))).endsWith("a fine alone is not a lawful "
                    + "sentence where the purpose is sexual exploitation, imprisonment is required");
            assertThat(PTPA_3_AGG_V2.assess(fineAlone, Set.of(Purpose.PROSTITUTION)).isAllowed()).isFalse();
            assertThat(PTPA_3_AGG_V2.assess(fineAlone, labour).isAllowed()).isTrue();
            assertThat(PTPA_3_AGG_V2.assess(Sentence.imprisonment(ON, Period.ofYears(2)), sex).isAllowed()).isTrue();
            assertThat(PTPA_3_AGG_V2.assess(Sentence.imprisonment(ON, Period.ofYears(2))).isAllowed()).isTrue();
        }

        @Test
        void fine_bounds_are_checked_on_the_maximum_only_when_there_is_no_minimum() {
            assertThat(PTPA_3.assess(Sentence.fineOnly(ON, Rupees.of(1))).isAllowed()).isTrue();
            assertThat(PTPA_3.assess(Sentence.fineOnly(ON, Rupees.of(1_000_000))).isAllowed()).isTrue();
            assertThat(PTPA_3.assess(Sentence.fineOnly(ON, Rupees.of(1_000_001))).isAllowed()).isFalse();
            Penalty atLeast = Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_AND_FINE, Period.ofYears(1))
                    .withFineBetween(Rupees.of(100), null);
            assertThat(atLeast.describeRange()).isEqualTo("up to 1 year and a fine of at least PKR 100");
            Sentence year = Sentence.imprisonment(ON, Period.ofYears(1));
            assertThat(atLeast.assess(year.withFine(Rupees.of(99)), "X").isAllowed()).isFalse();
            assertThat(atLeast.assess(year.withFine(Rupees.of(100)), "X").isAllowed()).isTrue();
            assertThat(atLeast.assess(year.withFine(Rupees.of(Long.MAX_VALUE)), "X").isAllowed()).isTrue();
        }
    }

    @Nested
    class Life_and_death {

        @Test
        void life_only_where_allowed() {
            assertThat(PPC_371.assess(Sentence.lifeImprisonment(ON).withFine(Rupees.of(1))).isAllowed()).isTrue();
            assertThat(refusal(PPC_370.assess(Sentence.lifeImprisonment(ON).withFine(Rupees.of(1)))))
                    .isEqualTo("PPC-370 does not allow imprisonment for life; it allows up to 7 years and a fine");
        }

        @Test
        void death_only_where_allowed() {
            assertThat(refusal(PPC_371.assess(Sentence.death(ON).withFine(Rupees.of(1)))))
                    .isEqualTo("PPC-371 does not allow the death penalty; it allows imprisonment for life or up to 10 years and a fine");
            Penalty capital = PPC_371.penalty().orDeath();
            assertThat(capital.assess(Sentence.death(ON).withFine(Rupees.of(1)), "X").isAllowed()).isTrue();
            assertThat(capital.assess(Sentence.death(ON), "X").isAllowed()).isFalse();
        }
    }

    @Nested
    class Validation {

        @Test
        void minimum_may_not_exceed_maximum() {
            assertThatThrownBy(() -> Penalty.imprisonment(PenaltyForm.IMPRISONMENT_ONLY, Period.ofYears(8), Period.ofYears(7)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_MINIMUM_NOT_ABOVE_MAXIMUM"));
            assertThat(Penalty.imprisonment(PenaltyForm.IMPRISONMENT_ONLY, Period.ofYears(7), Period.ofYears(7))
                    .minimumTermMonths()).isEqualTo(84);
        }

        @Test
        void limits_are_whole_years_and_months_and_normalised() {
            Penalty penalty = Penalty.imprisonment(PenaltyForm.IMPRISONMENT_ONLY, Period.ofMonths(18), Period.ofMonths(30));
            assertThat(penalty.minimumTerm()).isEqualTo(Period.of(1, 6, 0));
            assertThat(penalty.maximumTermMonths()).isEqualTo(30);
            assertThat(penalty.describeRange()).isEqualTo("1 year 6 months to 2 years 6 months");
            assertThatThrownBy(() -> Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_ONLY, Period.ofDays(30)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_TERM_IN_YEARS_AND_MONTHS"));
            assertThatThrownBy(() -> Penalty.imprisonment(PenaltyForm.IMPRISONMENT_ONLY, Period.ofMonths(-1), Period.ofYears(1)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_TERM_IN_YEARS_AND_MONTHS"));
            assertThat(Penalty.imprisonment(PenaltyForm.IMPRISONMENT_ONLY, Period.of(1, -1, 0), Period.ofYears(2))
                    .minimumTerm()).isEqualTo(Period.ofMonths(11));
            assertThatThrownBy(() -> Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_ONLY, Period.ZERO))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_MAXIMUM_POSITIVE"));
            assertThat(new Penalty(PenaltyForm.IMPRISONMENT_ONLY, null, Period.ofYears(1), false, false,
                    FineRule.NONE, null, null).minimumTerm()).isEqualTo(Period.ZERO);
        }

        @Test
        void the_fine_rule_must_match_the_form() {
            assertThatThrownBy(() -> new Penalty(PenaltyForm.IMPRISONMENT_AND_FINE, null, Period.ofYears(1), false, false,
                    FineRule.OPTIONAL, null, null))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_FINE_RULE_MATCHES_FORM"));
            assertThat(PenaltyForm.IMPRISONMENT_ONLY.fineRule()).isEqualTo(FineRule.NONE);
            assertThat(FineRule.NONE.allowsFine()).isFalse();
            assertThat(FineRule.OPTIONAL.allowsFine()).isTrue();
            assertThat(FineRule.MANDATORY.allowsFine()).isTrue();
        }

        @Test
        void a_fine_minimum_needs_a_fine_rule_that_allows_a_fine() {
            Penalty noFine = Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_ONLY, Period.ofYears(1));
            assertThatThrownBy(() -> noFine.withFineBetween(Rupees.of(1), null))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_FINE_BOUNDS_NEED_A_FINE"));
            assertThatThrownBy(() -> noFine.withFineUpTo(Rupees.of(1)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_FINE_BOUNDS_NEED_A_FINE"));
        }

        @Test
        void fine_minimum_may_not_exceed_fine_maximum() {
            Penalty withFine = Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_AND_FINE, Period.ofYears(1));
            assertThatThrownBy(() -> withFine.withFineBetween(Rupees.of(2), Rupees.of(1)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("PENALTY_FINE_MINIMUM_NOT_ABOVE_MAXIMUM"));
            assertThat(withFine.withFineBetween(Rupees.of(1), Rupees.of(1)).fineMinimum()).contains(Rupees.of(1));
            assertThat(withFine.fineMaximum()).isEmpty();
            assertThat(withFine.withFineUpTo(Rupees.of(9)).fineMaximum()).contains(Rupees.of(9));
            assertThat(withFine.orLife().lifeAllowed()).isTrue();
            assertThat(withFine.orLife().maximumTerm()).isEqualTo(Period.ofYears(1));
        }

        @Test
        void sentences_validate_their_parts() {
            assertThatThrownBy(() -> Sentence.imprisonment(ON, Period.ZERO))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("SENTENCE_TERM_POSITIVE"));
            assertThatThrownBy(() -> Sentence.imprisonment(ON, Period.of(1, 0, -1)))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Sentence.imprisonment(ON, Period.of(-1, 0, 0)))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Sentence.imprisonment(ON, Period.of(7, -1, 0)))
                    .as("a negative part is refused, not netted against the years")
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("SENTENCE_TERM_POSITIVE"));
            assertThat(Sentence.imprisonment(ON, Period.of(0, 14, 0)).term()).isEqualTo(Period.of(1, 2, 0));
            assertThatThrownBy(() -> new Sentence(ON, SentenceKind.IMPRISONMENT_FOR_LIFE, Period.ofYears(1), null))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("SENTENCE_TERM_ONLY_FOR_TERM_IMPRISONMENT"));
            assertThatThrownBy(() -> Sentence.fineOnly(ON, null))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("SENTENCE_FINE_ONLY_NEEDS_FINE"));
            assertThatThrownBy(() -> Sentence.fineOnly(ON, Rupees.of(0)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.rule()).isEqualTo("SENTENCE_FINE_POSITIVE"));
            assertThat(Sentence.imprisonment(ON, Period.ofMonths(14)).term()).isEqualTo(Period.of(1, 2, 0));
        }

        @Test
        void sentences_describe_themselves() {
            assertThat(Sentence.imprisonment(ON, Period.of(1, 2, 3)).withFine(Rupees.of(5)).describe())
                    .isEqualTo("1 year 2 months 3 days and a fine of PKR 5");
            assertThat(Sentence.lifeImprisonment(ON).describe()).isEqualTo("imprisonment for life");
            assertThat(Sentence.death(ON).describe()).isEqualTo("death");
            assertThat(Sentence.fineOnly(ON, Rupees.of(7)).describe()).isEqualTo("no imprisonment and a fine of PKR 7");
            assertThat(Sentence.lifeImprisonment(ON).termOfImprisonment()).isEmpty();
            assertThat(Sentence.imprisonment(ON, Period.ofYears(2)).termOfImprisonment()).contains(Period.ofYears(2));
            assertThat(Sentence.death(ON).fineAmount()).isEmpty();
        }
    }
}
