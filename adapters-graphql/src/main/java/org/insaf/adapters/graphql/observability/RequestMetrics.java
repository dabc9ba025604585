package org.insaf.adapters.graphql.observability;

import graphql.GraphQLError;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.insaf.adapters.graphql.error.ErrorCode;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The timer {@code insaf.graphql.requests} of every GraphQL execution, by operation and outcome,
 * on Micrometer's global registry (which the service's Prometheus registry joins).
 * <p>
 * Labels come from the schema and Insaf's error codes only, never from what a client wrote: the
 * operation is its type and its root fields' names (a validated document names only fields of the
 * schema; aliases and operation names are the client's words and are left out), the outcome is
 * {@code OK} or the first error's code. So the number of series is bounded, and no label carries a
 * value a client sent, such as a victim's name in an argument or an operation name.
 */
public final class RequestMetrics {

    public static final String NAME = "insaf.graphql.requests";
    /** The operation of a request that was refused before it was understood (syntax, validation, cost). */
    public static final String UNPARSED = "unparsed";
    public static final String OK = "OK";
    /** A key of the GraphQL context: {@code true} for an execution no client asked for (EngineWarmUp's). */
    public static final String NOT_COUNTED = "insaf.metrics.not-counted";
    private static final int MOST_ROOT_FIELDS = 3;

    private RequestMetrics() {
    }

    /** Records one execution. */
    public static void record(String operation, String outcome, long nanos) {
        Timer.builder(NAME)
                .description("GraphQL executions by operation (type and root fields) and outcome (OK or the error code)")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(Metrics.globalRegistry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** "query cases", "mutation fileChargeSheet", "query case statistics": the type and the root fields, sorted. */
    public static String operation(OperationDefinition definition) {
        TreeSet<String> roots = new TreeSet<>();
        for (Selection<?> selection : definition.getSelectionSet().getSelections()) {
            roots.add(selection instanceof Field field ? field.getName() : "fragment");
        }
        return operation(definition.getOperation().name(), roots);
    }

    public static String operation(String type, Collection<String> rootFields) {
        List<String> roots = List.copyOf(new TreeSet<>(rootFields));
        String names = roots.size() <= MOST_ROOT_FIELDS
                ? String.join(" ", roots)
                : String.join(" ", roots.subList(0, MOST_ROOT_FIELDS)) + " +" + (roots.size() - MOST_ROOT_FIELDS);
        return type.toLowerCase(Locale.ROOT) + " " + names;
    }

    /** OK, or the code of the first error in Insaf's shape (anything else is INTERNAL: codes are a closed set). */
    public static String outcome(List<GraphQLError> errors) {
        if (errors == null || errors.isEmpty()) {
            return OK;
        }
        Map<String, Object> extensions = errors.get(0).getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known.name();
            }
        }
        return ErrorCode.INTERNAL.name();
    }
}
