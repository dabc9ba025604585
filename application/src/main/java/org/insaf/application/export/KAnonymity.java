package org.insaf.application.export;

import org.insaf.application.error.InvalidCommand;
import org.insaf.application.export.VictimRecord.QuasiIdentifiers;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The suppression rule of a de-identified export: a row is published only if at least k rows
 * share its quasi-identifiers, so no published row can be narrowed to fewer than k people by what
 * an outsider knows. Rows of smaller groups are dropped whole (not blurred) and counted.
 *
 * <p>The published rows are sorted by their values, never left in the order they were stored, so
 * their position says nothing about when or in which case a victim was recorded.
 */
public record KAnonymity(int k) {

    /** k = 1 would publish every row as it is: no protection at all. */
    public static final int SMALLEST_K = 2;

    /** The k the Counter Trafficking Data Collaborative publishes its global dataset with. */
    public static final int CTDC_K = 11;

    public KAnonymity {
        InvalidCommand.check(k >= SMALLEST_K, "k must be at least " + SMALLEST_K + ", not " + k);
    }

    /** The rows that may be published, and how many were held back. */
    public record Result(List<VictimRecord> published, long suppressed) {
        public Result {
            published = List.copyOf(published);
        }
    }

    public Result apply(List<VictimRecord> records) {
        Map<QuasiIdentifiers, Long> groups = new HashMap<>();
        records.forEach(r -> groups.merge(r.quasiIdentifiers(), 1L, Long::sum));
        List<VictimRecord> published = records.stream()
                .filter(r -> groups.get(r.quasiIdentifiers()) >= k)
                .sorted(ORDER)
                .toList();
        return new Result(published, records.size() - (long) published.size());
    }

    private static final Comparator<VictimRecord> ORDER = Comparator
            .comparingInt(VictimRecord::yearRegistered)
            .thenComparing(VictimRecord::gender)
            .thenComparing(VictimRecord::ageBand)
            .thenComparing(r -> r.citizenship() == null ? "" : r.citizenship().value())
            .thenComparing(r -> names(r.exploitation()))
            .thenComparing(r -> names(r.meansOfControl()))
            .thenComparing(VictimRecord::recruiterRelation);

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
