package org.insaf.adapters.export.ctdc;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.insaf.application.export.VictimExport;
import org.insaf.application.export.VictimRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The export as CSV (RFC 4180, CRLF line ends): a header row of the CTDC column names, then one
 * row per published victim. Unknown values are empty cells. The export's k and the number of rows
 * suppressed travel in HTTP headers ({@link CtdcExportResource}), so the file is plain data.
 */
public final class CtdcCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(CtdcVocabulary.names().toArray(String[]::new))
            .get();

    private CtdcCsv() {
    }

    public static void write(VictimExport export, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (VictimRecord victim : export.victims()) {
                printer.printRecord(CtdcVocabulary.row(victim));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
