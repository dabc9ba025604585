package org.insaf.adapters.export.ctdc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.insaf.application.export.VictimExport;
import org.insaf.application.export.VictimRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The export as one JSON document, written as it goes (Jackson's streaming generator):
 * <pre>
 * { "standard": "CTDC", "fromYear": 2016, "toYear": 2017, "k": 11, "suppressed": 3,
 *   "columns": ["yearOfRegistration", ...],
 *   "victims": [ { "yearOfRegistration": 2016, "gender": "Female", ..., "isForcedLabour": 1, ... } ] }
 * </pre>
 * Every victim object has exactly the keys of {@code columns}; an unknown value is null.
 */
public final class CtdcJson {

    public static final String STANDARD = "CTDC";

    private final JsonFactory factory;

    public CtdcJson(JsonFactory factory) {
        this.factory = factory;
    }

    public void write(VictimExport export, OutputStream out) {
        List<String> columns = CtdcVocabulary.names();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeStringField("standard", STANDARD);
            json.writeNumberField("fromYear", export.fromYear());
            json.writeNumberField("toYear", export.toYear());
            json.writeNumberField("k", export.k());
            json.writeNumberField("suppressed", export.suppressed());
            json.writeArrayFieldStart("columns");
            for (String column : columns) {
                json.writeString(column);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("victims");
            for (VictimRecord victim : export.victims()) {
                json.writeStartObject();
                List<Object> row = CtdcVocabulary.row(victim);
                for (int i = 0; i < columns.size(); i++) {
                    json.writeObjectField(columns.get(i), row.get(i));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
