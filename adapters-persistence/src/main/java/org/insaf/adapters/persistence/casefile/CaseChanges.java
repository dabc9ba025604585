package org.insaf.adapters.persistence.casefile;

import org.insaf.domain.casefile.CaseSnapshot;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a case changed between two snapshots, as far as the rows that store it care. The parts are
 * records, so equal parts store as equal rows.
 */
final class CaseChanges {

    private CaseChanges() {
    }

    /**
     * True when the victims and accused of {@code after} are those of {@code before}, unchanged and
     * in the same places, with maybe more at the end: then they can be stored by inserting the new
     * ones. (A victim's or accused's row is referenced by charges, so one changed in place is
     * stored by rewriting the case's parts instead.)
     */
    static boolean peopleOnlyAdded(CaseSnapshot before, CaseSnapshot after) {
        return keepsPlaces(before.victims(), after.victims(), Function.identity())
                && keepsPlaces(before.accused(), after.accused(), Function.identity());
    }

    /**
     * True when {@code after} holds the elements of {@code before} in the same places, identified
     * by {@code key} (changed or not), with maybe more at the end.
     */
    static <T, K> boolean keepsPlaces(List<T> before, List<T> after, Function<T, K> key) {
        if (after.size() < before.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!Objects.equals(key.apply(before.get(i)), key.apply(after.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
