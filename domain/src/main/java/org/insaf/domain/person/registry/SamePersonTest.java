package org.insaf.domain.person.registry;

import org.insaf.domain.shared.PersonId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a recorded person is probably the one sought, how probably, and why. Strong evidence is
 * an identity document or telephone number in common; without one, a close name alone is not
 * enough (Pakistan has many Muhammad Asifs): the father's name must be close too and the home
 * districts the same. Two different CNICs are two people, however close the names.
 */
public final class SamePersonTest {

    /** Trigram similarity of name keys from which two names count as close. */
    public static final double CLOSE_NAME = 0.5;
    /** The database's trigram threshold to narrow candidates: below CLOSE_NAME, so it loses none. */
    public static final double NARROWING = 0.3;

    private SamePersonTest() {
    }

    public static Optional<MatchCandidate> candidate(PersonParticulars sought, PersonId id, PersonParticulars recorded) {
        if (sought.cnic() != null && recorded.cnic() != null && !sought.cnic().equals(recorded.cnic())) {
            return Optional.empty();
        }
        List<MatchReason> reasons = new ArrayList<>();
        int score = 0;
        if (sought.cnic() != null && sought.cnic().equals(recorded.cnic())) {
            reasons.add(MatchReason.SAME_CNIC);
            score = 100;
        }
        if (sought.passport() != null && sought.passport().equals(recorded.passport())) {
            reasons.add(MatchReason.SAME_PASSPORT);
            score = Math.max(score, 95);
        }
        boolean samePhone = sought.phones().stream().anyMatch(recorded.phones()::contains);
        if (samePhone) {
            reasons.add(MatchReason.SAME_PHONE);
            score = Math.max(score, 70);
        }
        double name = closest(sought.nameKeys(), recorded.nameKeys());
        double father = sought.fatherKey().flatMap(a -> recorded.fatherKey().map(b -> closest(List.of(a), List.of(b))))
                .orElse(0.0);
        boolean sameDistrict = sought.districtKey().isPresent() && sought.districtKey().equals(recorded.districtKey());
        if (name >= 1.0) {
            reasons.add(MatchReason.SAME_NAME);
        } else if (name >= CLOSE_NAME) {
            reasons.add(MatchReason.SIMILAR_NAME);
        }
        if (father >= 1.0) {
            reasons.add(MatchReason.SAME_FATHER_NAME);
        } else if (father >= CLOSE_NAME) {
            reasons.add(MatchReason.SIMILAR_FATHER_NAME);
        }
        if (sameDistrict) {
            reasons.add(MatchReason.SAME_DISTRICT);
        }
        boolean byName = name >= CLOSE_NAME && father >= CLOSE_NAME && sameDistrict;
        if (byName) {
            score = Math.max(score, (int) Math.round(40 + 25 * name + 20 * father));
        }
        if (samePhone && name >= CLOSE_NAME) {
            score = Math.max(score, (int) Math.round(75 + 15 * name));
        }
        if (score == 0) {
            return Optional.empty();
        }
        return Optional.of(new MatchCandidate(id, Math.min(score, 100), reasons));
    }

    private static double closest(List<String> some, List<String> others) {
        double best = 0;
        for (String a : some) {
            for (String b : others) {
                // Spacing differs between FIRs ("Bao Ji", "Baoji"): the names run together count too.
                best = Math.max(best, Math.max(Trigrams.similarity(a, b),
                        Trigrams.similarity(a.replace(" ", ""), b.replace(" ", ""))));
            }
        }
        return best;
    }
}
