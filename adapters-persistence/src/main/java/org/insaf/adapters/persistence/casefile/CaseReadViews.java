package org.insaf.adapters.persistence.casefile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.casefile.Case;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored read view of a case (case_file.read_view): {@link CaseDetail} as JSON, written by the
 * saves and read back by the read side. {@link #FORMAT} names the JSON's shape; change it with any
 * change of {@link CaseDetail}, and the cases stored before are written again at start-up.
 */
public final class CaseReadViews {

    public static final short FORMAT = 5;

    // Dates as ISO text; a field the records do not know fails the read rather than being dropped.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("insaf-read-view-dates").addDeserializer(LocalDate.class, new IsoDate()))
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

    /** A stored view from its JSON text in UTF-8, as PostgreSQL sends it. */
    static CaseDetail read(byte[] json) {
        try {
            return JSON.readValue(json, CaseDetail.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored case view cannot be read", e);
        }
    }

    /**
     * A stored view with at least the given parts: a part not asked for is skipped in the JSON, not
     * read (its tokens are passed over, none of its values made), and left empty, as
     * {@link CaseDetail#only} leaves it. Every part asked for, and every component that is no part,
     * is read as {@link #read(byte[])} reads it; a part passed over is not checked (the view's
     * {@link #FORMAT} is), so a view broken only inside it is read here and refused by the whole read.
     */
    static CaseDetail read(byte[] json, Set<CaseDetail.Part> parts) {
        if (parts.containsAll(CaseDetail.Part.ALL)) {
            return read(json);
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored case view is not a JSON object");
            }
            Object[] values = new Object[COMPONENTS.size()];
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                Component component = COMPONENTS.get(parser.currentName());
                if (component == null) {
                    throw new IllegalStateException("a stored case view has a field the view does not know: "
                            + parser.currentName());
                }
                parser.nextToken();
                if (component.part != null && !parts.contains(component.part)) {
                    parser.skipChildren();
                } else {
                    values[component.index] = component.reader.readValue(parser);
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IllegalStateException("a stored case view does not end where its object ends");
            }
            for (Component component : COMPONENTS.values()) {
                if (component.part != null && !parts.contains(component.part)) {
                    values[component.index] = component.empty;
                }
            }
            return CANONICAL.newInstance(values);
        } catch (IOException e) {
            throw new IllegalStateException("a stored case view cannot be read", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a stored case view is not a case's view", e.getCause());
        } catch (IllegalArgumentException e) {
            // A component the constructor cannot take as read: a number missing, say.
            throw new IllegalStateException("a stored case view is not a case's view", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the case view's constructor cannot be called", e);
        }
    }

    /** A component of {@link CaseDetail}: where it goes in the constructor, its reader, its part if it is one. */
    private record Component(int index, ObjectReader reader, CaseDetail.Part part, Object empty) {
    }

    private static final Map<String, Component> COMPONENTS;
    private static final Constructor<CaseDetail> CANONICAL;

    static {
        RecordComponent[] components = CaseDetail.class.getRecordComponents();
        Map<String, Component> byName = new HashMap<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            CaseDetail.Part part = CaseDetail.Part.ofComponent(c.getName()).orElse(null);
            // A part is a list (empty when not read) or an object (null when not read).
            Object empty = part != null && c.getType() == List.class ? List.of() : null;
            byName.put(c.getName(), new Component(i, JSON.readerFor(JSON.constructType(c.getGenericType())), part, empty));
        }
        COMPONENTS = Map.copyOf(byName);
        try {
            CANONICAL = CaseDetail.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A date as the view writes it ({@code 2024-03-01}) read without the general ISO parser, which
     * a page's few hundred dates made a noticeable part of reading it; any other text goes to that
     * parser, which refuses what is not a date.
     */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            return parse(parser.getText());
        }

        static LocalDate parse(String text) {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                    && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            }
            return LocalDate.parse(text);
        }

        private static boolean digits(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
