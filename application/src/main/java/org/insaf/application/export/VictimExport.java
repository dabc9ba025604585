package org.insaf.application.export;

import java.util.List;

/**
 * A de-identified export of the victims of the cases registered from {@code fromYear} to
 * {@code toYear}: the rows that passed k-anonymity, and how many rows were suppressed.
 */
public record VictimExport(int fromYear, int toYear, int k, List<VictimRecord> victims, long suppressed) {

    public VictimExport {
        victims = List.copyOf(victims);
    }
}
