package org.insaf.application.port.out;

import org.insaf.application.export.VictimRecord;

import java.util.function.Consumer;

/**
 * The victims of the cases registered in a range of years, already de-identified where the data
 * is: an adapter builds each {@link VictimRecord} from the victim's own fields (never from the
 * protected identity) and hands it on, without loading whole cases and without holding them all.
 */
public interface VictimRecordSource {

    /**
     * Hands {@code sink} one record per victim of every case registered from 1 January of
     * {@code fromYear} to 31 December of {@code toYear}, in no particular order, and returns when
     * the last one has been handed over.
     */
    void registeredBetween(int fromYear, int toYear, Consumer<VictimRecord> sink);
}
