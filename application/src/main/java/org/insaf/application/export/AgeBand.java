package org.insaf.application.export;

import java.util.Optional;

/**
 * A victim's age in the broad bands the Counter Trafficking Data Collaborative (CTDC) publishes
 * (its {@code ageBroad}: 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+). Exact ages
 * are never exported; a band is as much as a researcher needs and as little as identifies.
 */
public enum AgeBand {
    FROM_0_TO_8(0, 8),
    FROM_9_TO_17(9, 17),
    FROM_18_TO_20(18, 20),
    FROM_21_TO_23(21, 23),
    FROM_24_TO_26(24, 26),
    FROM_27_TO_29(27, 29),
    FROM_30_TO_38(30, 38),
    FROM_39_TO_47(39, 47),
    FROM_48(48, Integer.MAX_VALUE),
    UNKNOWN(-1, -1);

    private final int lowest;
    private final int highest;

    AgeBand(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /** The band of an age in completed years; UNKNOWN when the age is not known (or negative). */
    public static AgeBand of(Optional<Integer> age) {
        if (age.isEmpty() || age.get() < 0) {
            return UNKNOWN;
        }
        for (AgeBand band : values()) {
            if (age.get() >= band.lowest && age.get() <= band.highest) {
                return band;
            }
        }
        throw new IllegalStateException("the bands leave no gap; no band for " + age.get());
    }

    /** The youngest age in the band; -1 for UNKNOWN. */
    public int lowest() {
        return lowest;
    }

    /** The oldest age in the band; {@link Integer#MAX_VALUE} for the open band, -1 for UNKNOWN. */
    public int highest() {
        return highest;
    }
}
