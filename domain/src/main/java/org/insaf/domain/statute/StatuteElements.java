package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a provision requires of the facts: one of the acts, one of the means (none required when
 * empty), one of the purposes (none required when empty), and all of the conditions.
 */
public record StatuteElements(Set<Act> acts, Set<Means> means, Set<Purpose> purposes,
                              Set<StatutoryCondition> conditions) {

    public StatuteElements {
        acts = frozen(acts, Act.class);
        means = frozen(means, Means.class);
        purposes = frozen(purposes, Purpose.class);
        conditions = frozen(conditions, StatutoryCondition.class);
        InvalidValueException.check(!acts.isEmpty(), "ELEMENTS_NEED_AN_ACT",
                "a provision must name at least one act it punishes");
    }

    public boolean requiresMeans() {
        return !means.isEmpty();
    }

    public boolean requiresPurpose() {
        return !purposes.isEmpty();
    }

    /** True when one of the alleged acts is an act this provision punishes. */
    public boolean actMetBy(Collection<Act> alleged) {
        return alleged.stream().anyMatch(acts::contains);
    }

    public boolean meansMetBy(Collection<Means> alleged) {
        return means.isEmpty() || alleged.stream().anyMatch(means::contains);
    }

    public boolean purposeMetBy(Collection<Purpose> alleged) {
        return purposes.isEmpty()
                || alleged.stream().anyMatch(a -> purposes.stream().anyMatch(a::meets));
    }

    // EnumSet keeps a stable (declaration) order, so descriptions read the same every time.
    private static <E extends Enum<E>> Set<E> frozen(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            for (E value : values) {
                copy.add(InvalidValueException.required(value, type.getSimpleName()));
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
