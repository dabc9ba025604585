package org.insaf.domain.offence;

import org.insaf.domain.statute.Act;
import org.insaf.domain.statute.Means;
import org.insaf.domain.statute.Purpose;

import java.time.LocalDate;
import java.util.Set;

/** Facts for tests in every package. */
public final class FactsFixture {

    private FactsFixture() {
    }

    public static OffenceFacts facts(LocalDate on, Route route, Set<Act> acts, Set<Means> means, Set<Purpose> purposes) {
        return new OffenceFacts(acts, means, purposes, route, on, Set.of());
    }

    /** The seed's point: a child sold for prostitution, no force, fraud or coercion shown. */
    public static OffenceFacts childSoldForProstitution(LocalDate on) {
        return facts(on, Route.withinPakistan(), Set.of(Act.SELLING), Set.of(Means.PAYMENT_TO_PERSON_IN_CONTROL),
                Set.of(Purpose.PROSTITUTION));
    }

    /** Forced labour in Pakistan obtained by fraud: internal trafficking. */
    public static OffenceFacts internalForcedLabourByFraud(LocalDate on) {
        return facts(on, Route.withinPakistan(), Set.of(Act.RECRUITMENT, Act.TRANSPORTATION), Set.of(Means.FRAUD),
                Set.of(Purpose.BONDED_LABOUR));
    }

    /** Recruited in Pakistan by false promises, taken to the Gulf, forced to work. */
    public static OffenceFacts gulfLabourTrafficking(LocalDate on) {
        return facts(on, Route.of("PK", "AE"), Set.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                Set.of(Means.DECEPTION, Means.FRAUD), Set.of(Purpose.FORCED_LABOUR));
    }
}
