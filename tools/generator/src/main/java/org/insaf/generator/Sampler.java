package org.insaf.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The dice of one generated case. Each case draws from its own stream, seeded by the run's seed
 * and the case's number, so a case is the same whatever was generated before it.
 */
final class Sampler {

    private final SplittableRandom random;

    Sampler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of case {@code index} of a run with this seed. */
    static Sampler forCase(long seed, int index) {
        // SplittableRandom mixes its seed; the odd multiplier keeps (seed, index) pairs apart.
        return new Sampler(seed * 0x9E37_79B9_7F4A_7C15L + index);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from == to ? from : random.nextInt(from, to + 1);
    }

    long between(long from, long to) {
        return from == to ? from : random.nextLong(from, to + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T oneOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate dayBetween(LocalDate from, LocalDate to) {
        return from.plusDays(between(0L, to.toEpochDay() - from.toEpochDay()));
    }

    /** Between {@code min} and {@code max} distinct options, in the order of the list. */
    <T> List<T> some(List<T> options, int min, int max) {
        int count = Math.min(options.size(), between(min, max));
        List<T> pool = new ArrayList<>(options);
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        List<T> ordered = new ArrayList<>(options);
        ordered.retainAll(chosen);
        return ordered;
    }

    <E extends Enum<E>> Set<E> someOf(Class<E> type, Collection<E> options, int min, int max) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        chosen.addAll(some(List.copyOf(options), min, max));
        return chosen;
    }
}
