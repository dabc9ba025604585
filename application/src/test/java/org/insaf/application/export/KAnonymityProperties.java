package org.insaf.application.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.insaf.domain.person.Gender;
import org.insaf.domain.person.RecruiterRelation;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The suppression rule on many random exports, drawn from few values so that groups of every size occur. */
class KAnonymityProperties {

    @Property(tries = 300)
    void every_published_group_has_at_least_k_rows(@ForAll("records") List<VictimRecord> records,
                                                   @ForAll @IntRange(min = 2, max = 12) int k) {
        KAnonymity.Result result = new KAnonymity(k).apply(records);
        assertThat(counts(result.published(), VictimRecord::quasiIdentifiers).values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(k));
    }

    @Property(tries = 300)
    void every_row_is_either_published_or_counted_as_suppressed_and_nothing_is_made_up(
            @ForAll("records") List<VictimRecord> records, @ForAll @IntRange(min = 2, max = 12) int k) {
        KAnonymity.Result result = new KAnonymity(k).apply(records);
        assertThat(result.published().size() + result.suppressed()).isEqualTo(records.size());
        Map<VictimRecord, Long> in = counts(records, Function.identity());
        counts(result.published(), Function.identity()).forEach((row, n) -> assertThat(n).isLessThanOrEqualTo(in.get(row)));
    }

    @Property(tries = 300)
    void only_groups_smaller_than_k_are_suppressed(@ForAll("records") List<VictimRecord> records,
                                                   @ForAll @IntRange(min = 2, max = 12) int k) {
        KAnonymity.Result result = new KAnonymity(k).apply(records);
        long expected = counts(records, VictimRecord::quasiIdentifiers).values().stream()
                .filter(n -> n < k).mapToLong(Long::longValue).sum();
        assertThat(result.suppressed()).isEqualTo(expected);
    }

    @Property(tries = 100)
    void the_output_does_not_depend_on_the_order_of_the_input(@ForAll("records") List<VictimRecord> records,
                                                              @ForAll @IntRange(min = 2, max = 12) int k) {
        List<VictimRecord> shuffled = new ArrayList<>(records);
        java.util.Collections.shuffle(shuffled, new java.util.Random(records.size()));
        assertThat(new KAnonymity(k).apply(shuffled)).isEqualTo(new KAnonymity(k).apply(records));
    }

    private static <K> Map<K, Long> counts(List<VictimRecord> records, Function<VictimRecord, K> key) {
        return records.stream().collect(Collectors.groupingBy(key, HashMap::new, Collectors.counting()));
    }

    @Provide
    Arbitrary<List<VictimRecord>> records() {
        Arbitrary<VictimRecord> record = Combinators.combine(
                Arbitraries.integers().between(2016, 2017),
                Arbitraries.of(Gender.FEMALE, Gender.MALE, Gender.UNKNOWN),
                Arbitraries.of(AgeBand.FROM_9_TO_17, AgeBand.FROM_18_TO_20, AgeBand.UNKNOWN),
                Arbitraries.of("PK", "AF", "").map(c -> c.isEmpty() ? null : CountryCode.of(c)),
                Arbitraries.of(Purpose.class).set().ofMaxSize(2),
                Arbitraries.of(Means.class).set().ofMaxSize(2),
                Arbitraries.of(RecruiterRelation.class)
        ).as(VictimRecord::new);
        return record.list().ofMaxSize(120);
    }
}
