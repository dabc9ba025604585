package org.insaf.adapters.graphql.error;

import org.insaf.adapters.graphql.engine.StrictScalars;

import graphql.ErrorClassification;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites every error of a GraphQL response into Insaf's shape: {@code message} and
 * {@code extensions.code} (and {@code extensions.rule}), nothing else. Errors of resolvers are
 * translated from the exception they threw; errors of the request itself (syntax, validation, a
 * value that is not a Date, a query too deep or too complex) are {@code BAD_INPUT}.
 */
public final class ErrorTranslatingInstrumentation implements Instrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        // A null in a non-null field is the consequence of another error (answered already), or a fault.
        boolean others = result.getErrors().stream().anyMatch(e -> !(e instanceof NonNullableFieldWasNullError));
        List<GraphQLError> translated = result.getErrors().stream()
                .filter(e -> !(others && e instanceof NonNullableFieldWasNullError))
                .map(ErrorTranslatingInstrumentation::translate).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(translated)));
    }

    /** One error in Insaf's shape; also used by the fast read path (engine.fast), which must answer the same. */
    public static GraphQLError translate(GraphQLError error) {
        ApiError api = error instanceof ExceptionWhileDataFetching fetching
                ? ErrorTranslation.translate(fetching.getException())
                : error instanceof NonNullableFieldWasNullError
                ? ErrorTranslation.translate(new IllegalStateException(error.getMessage()))
                : requestError(error);
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message("%s", api.message())
                .errorType(ErrorClassification.errorClassification(api.code().name()))
                .extensions(api.extensions());
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    /** An error that no resolver threw: the request could not be run as sent. */
    private static ApiError requestError(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        Object code = extensions == null ? null : extensions.get("code");
        if (code instanceof String c && isOurs(c)) {
            Object rule = extensions.get("rule");
            return new ApiError(ErrorCode.valueOf(c), error.getMessage(),
                    rule instanceof String r ? Optional.of(r) : Optional.empty());
        }
        return new ApiError(ErrorCode.BAD_INPUT,
                error.getMessage() == null ? "The request is malformed" : withoutValues(error.getMessage()));
    }

    private static final Pattern WRONG_TYPE = Pattern.compile("(?s)with value '.*?' is not a valid '([^']*)'(?: - (.*))?");
    private static final Pattern BAD_VARIABLE = Pattern.compile("(?s)^(Variable '[^']*' has an invalid value)(?:: (.*))?");
    private static final Pattern NO_SUCH_NAME = Pattern.compile("(?s)No value found for name '.*?'");
    private static final Pattern OFFENDING_TOKEN = Pattern.compile("(?is)offending token '.*?'");

    /**
     * graphql-java quotes the value it could not take (a name typed into a date, a CNIC sent as a
     * number): the message says which argument and which type, never the value, which may be a
     * victim's identity.
     */
    static String withoutValues(String message) {
        String clean = replaceKeepingOurReason(WRONG_TYPE, message, "with the value given is not a valid '%s'");
        clean = replaceKeepingOurReason(BAD_VARIABLE, clean, "%s");
        clean = NO_SUCH_NAME.matcher(clean).replaceAll("No such value");
        return OFFENDING_TOKEN.matcher(clean).replaceAll("an unexpected token");
    }

    /**
     * The reason after graphql-java's words is kept only when it is one of the strict scalars' own
     * (they name the limit, never the value); any other reason is dropped with the value.
     */
    private static String replaceKeepingOurReason(Pattern pattern, String message, String head) {
        Matcher m = pattern.matcher(message);
        if (!m.find()) {
            return message;
        }
        String reason = m.group(2);
        String kept = reason != null && StrictScalars.isOwnReason(reason) ? " - " + reason : "";
        return message.substring(0, m.start()) + head.formatted(m.group(1)) + kept;
    }

    private static boolean isOurs(String code) {
        for (ErrorCode c : ErrorCode.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
