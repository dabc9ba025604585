package org.insaf.domain.person.registry;

import java.util.HashSet;
import java.util.Set;

/**
 * Trigram similarity of two keys, as PostgreSQL's pg_trgm computes it (each word padded with two
 * spaces before and one after; shared trigrams over all trigrams): the database narrows candidates
 * with its index, and the score given to a person is this same number.
 */
public final class Trigrams {

    private Trigrams() {
    }

    public static double similarity(String a, String b) {
        Set<String> left = of(a);
        Set<String> right = of(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / (left.size() + right.size() - shared.size());
    }

    static Set<String> of(String key) {
        Set<String> out = new HashSet<>();
        if (key == null) {
            return out;
        }
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
