package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a provision requires of the facts: one of the acts, one of the means (none required when
 * empty), one of the purposes (none required when empty), and all of the conditions. Each element
 * is met through {@link ElementDefinitions}, never by the exact word.
 *
 * @param childNeedsNoMeans the provision follows Palermo art. 3(c): where every victim concerned
 *                          was a child on the offence date, act and purpose suffice (PTPA 2018,
 *                          not PPC 369A)
 */
public record StatuteElements(Set<Act> acts, Set<Means> means, Set<Purpose> purposes,
                              Set<StatutoryCondition> conditions, boolean childNeedsNoMeans) {

    public StatuteElements {
        acts = frozen(acts, Act.class);
        means = frozen(means, Means.class);
        purposes = frozen(purposes, Purpose.class);
        conditions = frozen(conditions, StatutoryCondition.class);
        InvalidValueException.check(!acts.isEmpty(), "ELEMENTS_NEED_AN_ACT",
                "a provision must name at least one act it punishes");
        InvalidValueException.check(!childNeedsNoMeans || !means.isEmpty(), "ELEMENTS_CHILD_EXCEPTION_NEEDS_MEANS",
                "only a provision that requires means can waive them for a child");
    }

    public StatuteElements(Set<Act> acts, Set<Means> means, Set<Purpose> purposes,
                           Set<StatutoryCondition> conditions) {
        this(acts, means, purposes, conditions, false);
    }

    public boolean requiresMeans() {
        return !means.isEmpty();
    }

    public boolean requiresPurpose() {
        return !purposes.isEmpty();
    }

    /** True when one of the alleged acts is an act this provision punishes. */
    public boolean actMetBy(Collection<Act> alleged) {
        return ElementDefinitions.anyActMeets(acts, alleged);
    }

    public boolean meansMetBy(Collection<Means> alleged) {
        return means.isEmpty() || ElementDefinitions.anyMeansMeets(means, alleged);
    }

    public boolean purposeMetBy(Collection<Purpose> alleged) {
        return purposes.isEmpty() || ElementDefinitions.anyPurposeMeets(purposes, alleged);
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
