package org.insaf.adapters.graphql.engine.fast;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.ErrorClassification;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.SerializationError;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.insaf.adapters.graphql.engine.fast.ReadDocuments.FieldPlan;
import org.insaf.adapters.graphql.error.ApiError;
import org.insaf.adapters.graphql.error.ErrorTranslatingInstrumentation;
import org.insaf.adapters.graphql.error.ErrorTranslation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the answer of a bound read operation straight from the view records to JSON text, field by
 * field in the order the operation asks, with graphql-java's values: scalars and enums serialized by
 * the schema's own coercing, lists from any iterable. A null where the schema promises none, or a
 * value a scalar cannot serialize, sends the answer through {@link #tree}, which follows
 * graphql-java's completion (the null goes up to the nearest nullable field, with an error), as do
 * answers with a resolver's error. Errors are written by SmallRye's own error writer.
 */
final class AnswerWriter {

    /** The value of a root field whose resolver threw. */
    static final Object FAILED = new Object();

    private static final JsonFactory JSON = new JsonFactory();
    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();
    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    private AnswerWriter() {
    }

    /**
     * @param values one per root field of {@code bound}, {@link #FAILED} where its resolver threw
     * @param errors the translated errors of the resolvers, in order
     */
    static byte[] answer(ReadDocuments.Bound bound, Object[] values, List<GraphQLError> errors) throws IOException {
        if (errors.isEmpty()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeFieldName("data");
                g.writeStartObject();
                List<FieldPlan> roots = bound.rootFields();
                for (int i = 0; i < roots.size(); i++) {
                    FieldPlan root = roots.get(i);
                    g.writeFieldName(root.key);
                    write(g, root.isTypename() ? root.typeName : values[i], root.type == null ? null : root.type, root);
                }
                g.writeEndObject();
                g.writeEndObject();
            } catch (NotAsPromised notAsPromised) {
                return tree(bound, values, errors);
            }
            return out.toByteArray();
        }
        return tree(bound, values, errors);
    }

    private static void write(JsonGenerator g, Object value, GraphQLOutputType type, FieldPlan field) throws IOException {
        if (type == null) {
            g.writeString((String) value);
            return;
        }
        GraphQLOutputType t = type;
        if (t instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                throw NotAsPromised.INSTANCE;
            }
            t = (GraphQLOutputType) nonNull.getWrappedType();
        } else if (value == null) {
            g.writeNull();
            return;
        }
        if (t instanceof GraphQLList list) {
            if (!(value instanceof Iterable<?> items)) {
                throw NotAsPromised.INSTANCE;
            }
            GraphQLOutputType itemType = (GraphQLOutputType) list.getWrappedType();
            g.writeStartArray();
            for (Object item : items) {
                write(g, item, itemType, field);
            }
            g.writeEndArray();
        } else if (t instanceof GraphQLScalarType scalar) {
            writeScalar(g, serialize(scalar, value));
        } else if (t instanceof GraphQLEnumType enumType) {
            writeScalar(g, serialize(enumType, value));
        } else {
            g.writeStartObject();
            for (FieldPlan f : field.selection) {
                g.writeFieldName(f.key);
                if (f.isTypename()) {
                    g.writeString(f.typeName);
                } else {
                    write(g, read(f, value), f.type, f);
                }
            }
            g.writeEndObject();
        }
    }

    private static Object read(FieldPlan f, Object source) {
        try {
            return f.read.read(source);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + f.name + " of a view record", e);
        }
    }

    private static Object serialize(GraphQLScalarType scalar, Object value) {
        try {
            return scalar.getCoercing().serialize(value, CONTEXT, Locale.getDefault());
        } catch (CoercingSerializeException e) {
            throw NotAsPromised.INSTANCE;
        }
    }

    private static Object serialize(GraphQLEnumType enumType, Object value) {
        try {
            return enumType.serialize(value, CONTEXT, Locale.getDefault());
        } catch (CoercingSerializeException e) {
            throw NotAsPromised.INSTANCE;
        }
    }

    private static void writeScalar(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else {
            // Floating point and anything else: JSON-P writes them in ways not reproduced here.
            throw NotAsPromised.INSTANCE;
        }
    }

    // ------------------------------------------------------------------ graphql-java's completion, as a tree

    /** The answer built as a tree, nulls going up as graphql-java sends them and an error for each. */
    static byte[] tree(ReadDocuments.Bound bound, Object[] values, List<GraphQLError> fetchErrors) throws IOException {
        List<GraphQLError> completion = new ArrayList<>();
        JsonObjectBuilder data = Json.createObjectBuilder();
        boolean dataNull = false;
        List<FieldPlan> roots = bound.rootFields();
        for (int i = 0; i < roots.size() && !dataNull; i++) {
            FieldPlan root = roots.get(i);
            ResultPath path = ResultPath.rootPath().segment(root.key);
            JsonValue node;
            if (root.isTypename()) {
                node = Json.createValue(root.typeName);
            } else if (values[i] == FAILED) {
                node = root.type instanceof GraphQLNonNull ? null : JsonValue.NULL;
            } else {
                node = complete(values[i], root.type, root, path, completion);
            }
            if (node == null) {
                dataNull = true;
            } else {
                data.add(root.key, node);
            }
        }
        // As ErrorTranslatingInstrumentation: a null in a non-null field is a consequence of another error when there is one.
        List<GraphQLError> errors = new ArrayList<>(fetchErrors);
        if (fetchErrors.isEmpty()) {
            errors.addAll(completion);
        } else {
            completion.stream().filter(e -> !(e instanceof NullWhereNoneError)).forEach(errors::add);
        }
        StringBuilder out = new StringBuilder();
        if (!errors.isEmpty()) {
            out.append("{\"errors\":").append(ERRORS.toJsonErrors(errors).toString()).append(",\"data\":");
        } else {
            out.append("{\"data\":");
        }
        out.append(dataNull ? "null" : data.build().toString()).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The completed value, or null (Java's) where a null must go up to the parent. */
    private static JsonValue complete(Object value, GraphQLOutputType type, FieldPlan field, ResultPath path,
                                      List<GraphQLError> errors) {
        GraphQLOutputType t = type;
        boolean nonNull = t instanceof GraphQLNonNull;
        if (nonNull) {
            t = (GraphQLOutputType) ((GraphQLNonNull) t).getWrappedType();
        }
        JsonValue node = value == null ? JsonValue.NULL : completeValue(value, t, field, path, errors);
        if (node == JsonValue.NULL && nonNull) {
            if (value == null) {
                errors.add(nullWhereNone(path));
            }
            return null;
        }
        return node;
    }

    private static JsonValue completeValue(Object value, GraphQLOutputType t, FieldPlan field, ResultPath path,
                                           List<GraphQLError> errors) {
        if (t instanceof GraphQLList list) {
            if (!(value instanceof Iterable<?> items)) {
                errors.add(fault("A list field's value is not iterable", path));
                return JsonValue.NULL;
            }
            JsonArrayBuilder array = Json.createArrayBuilder();
            int index = 0;
            for (Object item : items) {
                JsonValue completed = complete(item, (GraphQLOutputType) list.getWrappedType(), field,
                        path.segment(index++), errors);
                if (completed == null) {
                    return JsonValue.NULL;
                }
                array.add(completed);
            }
            return array.build();
        }
        if (t instanceof GraphQLScalarType || t instanceof GraphQLEnumType) {
            Object serialized;
            try {
                serialized = t instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, CONTEXT, Locale.getDefault())
                        : ((GraphQLEnumType) t).serialize(value, CONTEXT, Locale.getDefault());
            } catch (CoercingSerializeException e) {
                errors.add(ErrorTranslatingInstrumentation.translate(new SerializationError(path, e)));
                return JsonValue.NULL;
            }
            if (serialized instanceof String s) {
                return Json.createValue(s);
            } else if (serialized instanceof Integer || serialized instanceof Short || serialized instanceof Byte) {
                return Json.createValue(((Number) serialized).intValue());
            } else if (serialized instanceof Long l) {
                return Json.createValue(l);
            } else if (serialized instanceof BigInteger b) {
                return Json.createValue(b);
            } else if (serialized instanceof Boolean b) {
                return b ? JsonValue.TRUE : JsonValue.FALSE;
            }
            errors.add(fault("A value of " + serialized.getClass().getName() + " the fast path does not write", path));
            return JsonValue.NULL;
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (FieldPlan f : field.selection) {
            if (f.isTypename()) {
                object.add(f.key, f.typeName);
                continue;
            }
            JsonValue completed = complete(read(f, value), f.type, f, path.segment(f.key), errors);
            if (completed == null) {
                return JsonValue.NULL;
            }
            object.add(f.key, completed);
        }
        return object.build();
    }

    private static GraphQLError fault(String what, ResultPath path) {
        return translated(ErrorTranslation.translate(new IllegalStateException(what + " at " + path)), path);
    }

    /** graphql-java's NonNullableFieldWasNullError as the error translation answers it: a fault, with its path. */
    private static GraphQLError nullWhereNone(ResultPath path) {
        ApiError api = ErrorTranslation.translate(new IllegalStateException("The field at path '" + path
                + "' was declared as a non null type, but the code involved in retrieving data has wrongly returned a null value."));
        return new NullWhereNoneError(translated(api, path));
    }

    private static GraphQLError translated(ApiError api, ResultPath path) {
        return GraphqlErrorBuilder.newError()
                .message("%s", api.message())
                .errorType(ErrorClassification.errorClassification(api.code().name()))
                .extensions(api.extensions())
                .path(path)
                .build();
    }

    /** Marks the errors that a resolver's error makes redundant. */
    private record NullWhereNoneError(GraphQLError error) implements GraphQLError {
        @Override
        public String getMessage() {
            return error.getMessage();
        }

        @Override
        public List<graphql.language.SourceLocation> getLocations() {
            return error.getLocations();
        }

        @Override
        public ErrorClassification getErrorType() {
            return error.getErrorType();
        }

        @Override
        public List<Object> getPath() {
            return error.getPath();
        }

        @Override
        public java.util.Map<String, Object> getExtensions() {
            return error.getExtensions();
        }
    }

    /** A value the schema does not allow where it is: the answer is built again as a tree. */
    private static final class NotAsPromised extends RuntimeException {
        static final NotAsPromised INSTANCE = new NotAsPromised();

        private NotAsPromised() {
            super(null, null, false, false);
        }
    }
}
