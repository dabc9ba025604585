package org.insaf.domain.person.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What two victims of different cases must share to be shown as probably one person: the same CNIC,
 * passport or phone, or a name, a father's name and a home district that fold to the same keys
 * (NameNormaliser), as the accused need all three. A name without both gives no term: Pakistan has
 * too many Nasreen Bibis daughters of Muhammad Asif for a name and father's name alone.
 * Matching is by equality of terms (their keyed hashes), so spellings match only as far as the
 * normaliser folds them; the fuzzy trigram matching of the accused would need the names in clear.
 */
public final class VictimMatchTerms {

    private VictimMatchTerms() {
    }

    public static Set<BlindIndexTerm> of(PersonParticulars particulars) {
        Set<BlindIndexTerm> terms = new LinkedHashSet<>();
        if (particulars.cnic() != null) {
            terms.add(new BlindIndexTerm(MatchReason.SAME_CNIC, "cnic:" + particulars.cnic().replace("-", "")));
        }
        if (particulars.passport() != null) {
            terms.add(new BlindIndexTerm(MatchReason.SAME_PASSPORT, "passport:" + particulars.passport()));
        }
        for (PhoneNumber phone : particulars.phones()) {
            terms.add(new BlindIndexTerm(MatchReason.SAME_PHONE, "phone:" + phone.digits()));
        }
        Optional<String> father = particulars.fatherKey();
        Optional<String> district = particulars.districtKey();
        if (father.isPresent() && district.isPresent()) {
            for (String name : nameKeys(particulars)) {
                terms.add(new BlindIndexTerm(MatchReason.SAME_NAME, "name:" + name + "|father:" + father.get()
                        + "|district:" + district.get()));
            }
        }
        return terms;
    }

    /** The reasons to show for the terms two victims share: a shared name term is a name, a father's name and a district. */
    public static Set<MatchReason> reasons(Set<MatchReason> shared) {
        Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
        reasons.addAll(shared);
        if (shared.contains(MatchReason.SAME_NAME)) {
            reasons.add(MatchReason.SAME_FATHER_NAME);
            reasons.add(MatchReason.SAME_DISTRICT);
        }
        return reasons;
    }

    /** Each name's key, and the key with its words run together (Zia ul Haq, Ziaulhaq). */
    private static List<String> nameKeys(PersonParticulars particulars) {
        List<String> keys = new ArrayList<>();
        for (String key : particulars.nameKeys()) {
            keys.add(key.replace(" ", ""));
        }
        return keys.stream().distinct().toList();
    }
}
