package org.insaf.adapters.persistence.casefile.write;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;
import org.insaf.domain.casefile.event.HearingRecorded;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.PersonId;

import java.util.List;
import java.util.function.Function;

/**
 * The place of each part an event appends in its list of the case: victims, accused and charges by
 * their ids; hearings and warnings, which have none, counted on from where the list stood before
 * the change's events.
 */
final class Positions {

    private final Case after;
    private int nextHearing;
    private int nextWarning;

    Positions(Case after, List<CaseEvent> events) {
        this.after = after;
        this.nextHearing = after.hearings().size()
                - (int) events.stream().filter(HearingRecorded.class::isInstance).count();
        this.nextWarning = after.warnings().size() - events.stream().filter(ChargeSheetFiled.class::isInstance)
                .mapToInt(e -> ((ChargeSheetFiled) e).warnings().size()).sum()
                - events.stream().filter(SupplementaryChargeSheetFiled.class::isInstance)
                .mapToInt(e -> ((SupplementaryChargeSheetFiled) e).warnings().size()).sum();
    }

    int ofVictim(PersonId id) {
        return indexOf(after.victims(), v -> v.id(), id);
    }

    int ofAccused(PersonId id) {
        return indexOf(after.accused(), a -> a.trafficker().id(), id);
    }

    int ofCharge(OffenceId id) {
        return indexOf(after.offences(), Offence::id, id);
    }

    int nextHearing() {
        return nextHearing++;
    }

    int nextWarning() {
        return nextWarning++;
    }

    private static <T, K> int indexOf(List<T> parts, Function<T, K> key, K wanted) {
        for (int i = 0; i < parts.size(); i++) {
            if (key.apply(parts.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalStateException("an event names " + wanted + ", which the case does not hold");
    }
}
