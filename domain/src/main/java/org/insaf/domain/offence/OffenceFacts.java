package org.insaf.domain.offence;

import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatutoryCondition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The facts the prosecution alleges for one charge. Whether the offence is transnational is not
 * stated but read from the route, so the two can never disagree.
 *
 * @param circumstances alleged facts a statute may require (e.g. habitual dealing); only
 *                      conditions whose basis is {@link StatutoryCondition.Basis#ALLEGED_FACT}
 */
public record OffenceFacts(Set<Act> acts, Set<Means> means, Set<Purpose> purposes, Route route,
                           LocalDate offenceDate, Set<StatutoryCondition> circumstances) {

    public OffenceFacts {
        acts = frozen(acts, Act.class);
        means = frozen(means, Means.class);
        purposes = frozen(purposes, Purpose.class);
        circumstances = frozen(circumstances, StatutoryCondition.class);
        InvalidValueException.check(!acts.isEmpty(), "FACTS_NEED_AN_ACT", "the facts must allege at least one act");
        InvalidValueException.required(route, "route");
        InvalidValueException.required(offenceDate, "offence date");
        InvalidValueException.check(circumstances.stream()
                        .allMatch(c -> c.basis() == StatutoryCondition.Basis.ALLEGED_FACT),
                "FACTS_CIRCUMSTANCES_ARE_ALLEGED",
                "victims' age and sex and the route are read from the record, not alleged as circumstances");
    }

    public boolean isTransnational() {
        return route.isTransnational();
    }

    /** Facts showing exploitation: the test of invariant 6 (trafficking is not smuggling). */
    public boolean showExploitationPurpose() {
        return !purposes.isEmpty();
    }

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
