package org.insaf.domain.sentencing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** s.35 and s.382-B CrPC as arithmetic: concurrent terms take the longest, consecutive ones add up. */
class EffectiveTermPropertiesTest {

    @Provide
    Arbitrary<List<Period>> terms() {
        return Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 30)).as(Period::of).filter(p -> !p.isZero())
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    @Property(tries = 300)
    void concurrent_terms_last_as_long_as_the_longest(@ForAll("days") LocalDate on, @ForAll("terms") List<Period> terms) {
        EffectiveTerm term = EffectiveTerm.of(on, Map.of(1, terms), 0, false);
        LocalDate longest = terms.stream().map(on::plus).max(Comparator.naturalOrder()).orElseThrow();
        assertThat(on.plus(term.total())).isEqualTo(longest);
        assertThat(term.releaseDate()).contains(longest);
    }

    @Property(tries = 300)
    void consecutive_terms_add_up(@ForAll("days") LocalDate on, @ForAll("terms") List<Period> terms) {
        Map<Integer, List<Period>> runs = IntStream.range(0, terms.size()).boxed()
                .collect(Collectors.toMap(i -> i + 1, i -> List.of(terms.get(i))));
        EffectiveTerm term = EffectiveTerm.of(on, runs, 0, false);
        assertThat(term.total()).isEqualTo(terms.stream().reduce(Period.ZERO, Period::plus).normalized());
        assertThat(term.releaseDate()).contains(on.plus(term.total()));
    }

    @Property(tries = 500)
    void the_credit_never_takes_the_release_before_the_sentence_nor_changes_the_total(
            @ForAll("days") LocalDate on, @ForAll("terms") List<Period> first, @ForAll("terms") List<Period> second,
            @ForAll @IntRange(min = 0, max = 20_000) int credit) {
        Map<Integer, List<Period>> runs = Map.of(1, first, 2, second);
        EffectiveTerm credited = EffectiveTerm.of(on, runs, credit, false);
        EffectiveTerm uncredited = EffectiveTerm.of(on, runs, 0, false);
        assertThat(credited.total()).isEqualTo(uncredited.total());
        assertThat(credited.creditDays()).isEqualTo(credit);
        LocalDate release = credited.releaseDate().orElseThrow();
        assertThat(release).isAfterOrEqualTo(on);
        LocalDate full = on.plus(uncredited.total());
        assertThat(release).isEqualTo(full.minusDays(credit).isBefore(on) ? on : full.minusDays(credit));
        assertThat(credited.daysToServe(on)).isNotNegative().isEqualTo(ChronoUnit.DAYS.between(on, release));
        assertThat(EffectiveTerm.of(on, runs, credit, true).releaseDate()).isEmpty();
        assertThat(EffectiveTerm.of(on, runs, credit, true).daysToServe(on)).isZero();
    }
}
