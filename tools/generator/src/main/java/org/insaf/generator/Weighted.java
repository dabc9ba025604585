package org.insaf.generator;

import java.util.ArrayList;
import java.util.List;

/** Options with relative weights: {@code pick} returns each with probability weight / total. */
final class Weighted<T> {

    private final List<T> options = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    private Weighted() {
    }

    static <T> Builder<T> with(T option, double weight) {
        return new Builder<T>().or(option, weight);
    }

    private void add(T option, Number weight) {
        double w = weight.doubleValue();
        if (w < 0) {
            throw new IllegalArgumentException("a weight cannot be negative: " + option + " " + w);
        }
        if (w == 0) {
            return;
        }
        total += w;
        options.add(option);
        cumulative.add(total);
    }

    T pick(Sampler sampler) {
        if (options.isEmpty()) {
            throw new IllegalStateException("nothing to pick from");
        }
        double point = sampler.unit() * total;
        for (int i = 0; i < options.size(); i++) {
            if (point < cumulative.get(i)) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** The share of one option, weight / total. */
    double share(T option) {
        int i = options.indexOf(option);
        if (i < 0) {
            return 0;
        }
        double before = i == 0 ? 0 : cumulative.get(i - 1);
        return (cumulative.get(i) - before) / total;
    }

    List<T> options() {
        return List.copyOf(options);
    }

    /** Keeps insertion order, so the same seed picks the same option. */
    static final class Builder<T> {
        private final Weighted<T> weighted = new Weighted<>();

        Builder<T> or(T option, double weight) {
            weighted.add(option, weight);
            return this;
        }

        Weighted<T> build() {
            return weighted;
        }
    }
}
