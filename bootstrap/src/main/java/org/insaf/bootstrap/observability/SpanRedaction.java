package org.insaf.bootstrap.observability;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;

/**
 * Keeps a client's words out of every span: the query string of a request's URL (a GraphQL GET
 * carries its query and variables there, a victim's name among them) is replaced before any
 * exporter sees the span. Paths are kept: Insaf's paths carry no victim data (ids and dates only).
 * Quarkus adds every {@link SpanProcessor} bean to the tracer.
 */
@Singleton
public class SpanRedaction implements SpanProcessor {

    static final String REDACTED = "redacted";
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
        withoutQuery(span, URL_FULL);
        withoutQuery(span, HTTP_TARGET);
    }

    private static void withoutQuery(ReadWriteSpan span, AttributeKey<String> key) {
        String value = span.getAttribute(key);
        if (value != null && value.indexOf('?') >= 0) {
            span.setAttribute(key, value.substring(0, value.indexOf('?')) + "?" + REDACTED);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // Attributes set while the request runs are Insaf's own (route, status): nothing to redact.
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
