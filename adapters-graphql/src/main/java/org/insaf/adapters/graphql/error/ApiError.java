package org.insaf.adapters.graphql.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client is told about a refusal: a code, a message a prosecutor can read and, for a rule
 * of law, the rule's name. Never a stack trace, an exception class or SQL.
 */
public record ApiError(ErrorCode code, String message, Optional<String> rule) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        rule = rule == null ? Optional.empty() : rule;
    }

    public ApiError(ErrorCode code, String message) {
        this(code, message, Optional.empty());
    }

    /** The {@code extensions} object of the GraphQL error. */
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        rule.ifPresent(r -> extensions.put("rule", r));
        return extensions;
    }
}
