package org.insaf.domain.statute;

import org.insaf.domain.shared.Rupees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.insaf.domain.statute.StatuteCatalogueFixture.*;

/**
 * Every row of the corrected catalogue at its boundaries: its penalty at the minimum, the maximum
 * and one unit outside each, and its first and last day in force with the day outside each.
 */
class CatalogueBoundariesTest {

    static final LocalDate ON = LocalDate.of(2024, 7, 15);

    static List<Statute> rows() {
        return StatuteCatalogueFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void in_force_from_its_first_day_to_its_last_day_and_not_one_day_outside(Statute row) {
        InForcePeriod period = row.inForce();
        assertThat(row.isInForceOn(period.from())).isTrue();
        assertThat(row.isInForceOn(period.from().minusDays(1))).isFalse();
        period.lastDay().ifPresent(last -> {
            assertThat(row.isInForceOn(last)).isTrue();
            assertThat(row.isInForceOn(last.plusDays(1))).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void a_term_at_the_maximum_is_lawful_and_one_day_more_is_not(Statute row) {
        Penalty penalty = row.penalty();
        if (!penalty.allowsTermOfYears()) {
            assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, Period.ofYears(1)))).isAllowed()).isFalse();
            assertThat(row.assess(withFine(row, Sentence.lifeImprisonment(ON))).isAllowed()).isTrue();
            return;
        }
        Period maximum = penalty.maximumTerm();
        assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, maximum))).isAllowed()).isTrue();
        assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, maximum.plusDays(1)))).isAllowed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void a_term_at_the_minimum_is_lawful_and_one_day_less_is_not(Statute row) {
        Penalty penalty = row.penalty();
        if (!penalty.allowsTermOfYears()) {
            return;
        }
        if (penalty.minimumTerm().isZero()) {
            assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, Period.ofDays(1)))).isAllowed()).isTrue();
            return;
        }
        Period minimum = penalty.minimumTerm();
        assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, minimum))).isAllowed()).isTrue();
        LocalDate end = ON.plus(minimum).minusDays(1);
        Period dayLess = Period.between(ON, end);
        assertThat(row.assess(withFine(row, Sentence.imprisonment(ON, dayLess))).isAllowed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fines_at_their_bounds_are_lawful_and_one_rupee_outside_is_not(Statute row) {
        Penalty penalty = row.penalty();
        Sentence base = penalty.form().fineAloneAllowed() ? null : lawfulTerm(row);
        penalty.fineMaximum().ifPresent(max -> {
            assertThat(row.assess(fine(base, max.amount())).isAllowed()).isTrue();
            assertThat(row.assess(fine(base, max.amount() + 1)).isAllowed()).isFalse();
        });
        penalty.fineMinimum().ifPresent(min -> {
            assertThat(row.assess(fine(base, min.amount())).isAllowed()).isTrue();
            assertThat(row.assess(fine(base, min.amount() - 1)).isAllowed()).isFalse();
        });
        if (!penalty.fineRule().allowsFine()) {
            assertThat(row.assess(fine(base, 1)).isAllowed()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void a_fine_alone_is_lawful_exactly_where_the_form_allows_it(Statute row) {
        Sentence fineAlone = Sentence.fineOnly(ON, row.penalty().fineMinimum().orElse(Rupees.of(1)));
        assertThat(row.assess(fineAlone).isAllowed()).isEqualTo(row.penalty().form().fineAloneAllowed());
    }

    @Test
    void the_pachto_to_ptpa_hand_over_day_from_both_sides() {
        StatuteCatalogue catalogue = catalogue();
        LocalDate lastPachtoDay = LocalDate.of(2018, 5, 30);
        for (String ptpa : List.of("PTPA-3", "PTPA-3-AGG", "PSMA-3")) {
            assertThat(catalogue.versionToCite(StatuteCode.of(ptpa), lastPachtoDay).cited()).as(ptpa).isEmpty();
            assertThat(catalogue.versionToCite(StatuteCode.of(ptpa), PTPA_IN_FORCE).cited()).as(ptpa).isPresent();
        }
        assertThat(catalogue.versionToCite(PACHTO_3.code(), lastPachtoDay).cited()).contains(PACHTO_3);
        assertThat(catalogue.versionToCite(PACHTO_3.code(), PTPA_IN_FORCE).cited()).isEmpty();
        assertThat(catalogue.versionToCite(PACHTO_3.code(), LocalDate.of(2018, 5, 15)).cited()).contains(PACHTO_3);
    }

    @Test
    void the_hudood_ordinance_hands_over_to_ppc_371a_and_371b_without_gap_or_overlap() {
        StatuteCatalogue catalogue = catalogue();
        LocalDate lastHudoodDay = WOMEN_PROTECTION_ACT.minusDays(1);
        assertThat(catalogue.versionToCite(HO_13.code(), lastHudoodDay).cited()).contains(HO_13);
        assertThat(catalogue.versionToCite(PPC_371A.code(), lastHudoodDay).cited()).isEmpty();
        assertThat(catalogue.versionToCite(HO_13.code(), WOMEN_PROTECTION_ACT).cited()).isEmpty();
        assertThat(catalogue.versionToCite(PPC_371A.code(), WOMEN_PROTECTION_ACT).cited()).contains(PPC_371A);
        assertThat(catalogue.versionToCite(HO_14.code(), lastHudoodDay).cited()).contains(HO_14);
        assertThat(catalogue.versionToCite(PPC_371B.code(), WOMEN_PROTECTION_ACT).cited()).contains(PPC_371B);
        assertThat(HO_13.elements()).isEqualTo(PPC_371A.elements());
        assertThat(HO_14.elements()).isEqualTo(PPC_371B.elements());
    }

    @Test
    void versions_of_one_provision_meet_without_gap() {
        assertThat(PTPA_3_AGG_V1.inForce().until()).isEqualTo(PTPA_3_AGG_V2.inForce().from());
        assertThat(PSMA_3.inForce().until()).isEqualTo(PSMA_3_V2.inForce().from());
    }

    @Test
    void a_code_the_catalogue_does_not_know_is_refused_by_name() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        catalogue().versionToCite(StatuteCode.of("PPC-999"), ON))
                .isInstanceOfSatisfying(org.insaf.domain.shared.InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("STATUTE_KNOWN"))
                .hasMessage("there is no statute PPC-999 in the catalogue");
    }

    private static Sentence lawfulTerm(Statute row) {
        Penalty penalty = row.penalty();
        return penalty.allowsTermOfYears() ? Sentence.imprisonment(ON, penalty.maximumTerm())
                : Sentence.lifeImprisonment(ON);
    }

    private static Sentence fine(Sentence base, long amount) {
        return base == null ? Sentence.fineOnly(ON, Rupees.of(amount)) : base.withFine(Rupees.of(amount));
    }

    /** A sentence as the law requires it: with a fine where the fine is mandatory. */
    private static Sentence withFine(Statute row, Sentence sentence) {
        Penalty penalty = row.penalty();
        if (penalty.fineRule() != FineRule.MANDATORY) {
            return sentence;
        }
        return sentence.withFine(penalty.fineMinimum().orElse(penalty.fineMaximum().orElse(Rupees.of(1))));
    }
}
