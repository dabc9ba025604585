package org.insaf.domain.statute;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.insaf.domain.shared.Rupees;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated sentence is accepted exactly when it lies inside the range. */
class SentencePropertiesTest {

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    @Property
    void a_term_with_a_fine_is_accepted_exactly_inside_the_range(
            @ForAll @IntRange(min = 0, max = 30) int minYears,
            @ForAll @IntRange(min = 1, max = 30) int extraYears,
            @ForAll @IntRange(min = 0, max = 60) int years,
            @ForAll @IntRange(min = 0, max = 11) int months,
            @ForAll @IntRange(min = 0, max = 40) int days,
            @ForAll @IntRange(min = 0, max = 20_000) int dayOffset) {
        int maxYears = minYears + extraYears;
        Penalty penalty = Penalty.imprisonment(PenaltyForm.IMPRISONMENT_AND_FINE, Period.ofYears(minYears),
                Period.ofYears(maxYears));
        Period term = Period.of(years, months, days);
        if (term.isZero()) {
            return;
        }
        LocalDate start = EPOCH.plusDays(dayOffset);
        Sentence sentence = Sentence.imprisonment(start, term).withFine(Rupees.of(1));

        // the oracle counts days on the calendar, independently of Period arithmetic in the model
        long served = ChronoUnit.DAYS.between(start, start.plus(term));
        long least = ChronoUnit.DAYS.between(start, start.plusYears(minYears));
        long most = ChronoUnit.DAYS.between(start, start.plusYears(maxYears));
        boolean inside = served >= least && served <= most;

        assertThat(penalty.assess(sentence, "X").isAllowed()).isEqualTo(inside);
        assertThat(penalty.assess(Sentence.imprisonment(start, term), "X").isAllowed()).isFalse();
    }

    @Property
    void a_fine_alone_under_369a_is_accepted_exactly_between_its_bounds(
            @ForAll @LongRange(min = 1, max = 2_000_000) long amount) {
        boolean inside = amount >= 500_000 && amount <= 700_000;
        Sentence fineAlone = Sentence.fineOnly(LocalDate.of(2017, 1, 1), Rupees.of(amount));
        assertThat(StatuteCatalogueFixture.PPC_369A.assess(fineAlone).isAllowed()).isEqualTo(inside);
        assertThat(StatuteCatalogueFixture.PACHTO_3.assess(fineAlone).isAllowed()).isFalse();
    }

    @Property
    void a_fine_is_never_accepted_where_the_law_allows_none(
            @ForAll @IntRange(min = 1, max = 12) int months,
            @ForAll @LongRange(min = 1, max = 10_000_000) long amount) {
        Penalty noFine = Penalty.imprisonmentUpTo(PenaltyForm.IMPRISONMENT_ONLY, Period.ofYears(1));
        Sentence term = Sentence.imprisonment(EPOCH, Period.ofMonths(months));
        assertThat(noFine.assess(term, "X").isAllowed()).isTrue();
        assertThat(noFine.assess(term.withFine(Rupees.of(amount)), "X").isAllowed()).isFalse();
    }
}
