package org.insaf.adapters.persistence.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.casefile.Case;

/**
 * The stored read view of a case (case_file.read_view): {@link CaseDetail} as JSON, written by the
 * saves and read back by the read side. {@link #FORMAT} names the JSON's shape; change it with any
 * change of {@link CaseDetail}, and the cases stored before are written again at start-up.
 */
public final class CaseReadViews {

    public static final short FORMAT = 2;

    // Dates as ISO text; a field the records do not know fails the read rather than being dropped.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CaseReadViews() {
    }

    /** The view of a case as it is once saved at the given version. */
    public static String of(Case saved, long version) {
        return write(CaseProjection.of(CaseView.of(saved, version)));
    }

    static String write(CaseDetail detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the view of case " + detail.id() + " cannot be written", e);
        }
    }

    static CaseDetail read(String json) {
        try {
            return JSON.readValue(json, CaseDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored case view cannot be read", e);
        }
    }
}
