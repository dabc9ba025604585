package org.insaf.domain.statute;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Writes terms of imprisonment the way a judgment states them: "7 years", "1 year 6 months". */
public final class Terms {

    private Terms() {
    }

    public static String describe(Period term) {
        Period p = term.normalized();
        List<String> parts = new ArrayList<>();
        add(parts, p.getYears(), "year");
        add(parts, p.getMonths(), "month");
        add(parts, p.getDays(), "day");
        return parts.isEmpty() ? "no imprisonment" : String.join(" ", parts);
    }

    private static void add(List<String> parts, int amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
