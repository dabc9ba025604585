package org.insaf.adapters.graphql.engine;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.insaf.adapters.graphql.error.ErrorCode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document graphql-java's parser refuses for one of its limits (characters, tokens, whitespace
 * tokens, rule depth) is answered {@code BAD_INPUT} with rule {@value #RULE} naming the limit and
 * its value, never the document; a document that cannot be parsed at all, {@code BAD_INPUT} with
 * rule {@value #SYNTAX_RULE}.
 * <p>
 * SmallRye answers a document its parser refuses itself, before any instrumentation, with a bare
 * "Unparseable input document" and no code, and offers no hook there. So a route on the GraphQL
 * path, after the HTTP filters (authentication, admission) and before SmallRye's own route, reads
 * the body and parses the document first, with the same JVM-wide options SmallRye's parse uses
 * ({@link QueryLimits#applyToEngine()}): what passes here passes there. Documents that passed are
 * remembered (a bounded set), so a repeated query is parsed here once. SmallRye's body handler
 * finds the body read and passes on. QueryLimitsApiTest fails if SmallRye or Vert.x change this.
 */
@ApplicationScoped
public class QueryTooLarge {

    public static final String RULE = "QUERY_TOO_LARGE";
    public static final String SYNTAX_RULE = "QUERY_SYNTAX";

    /** After the HTTP filters (negative orders), before the routes of the extensions. */
    private static final int ORDER = -1;
    private static final int REMEMBERED = 2_048;

    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    void register(@Observes Router router) {
        long maxBody = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        router.route("/graphql").order(ORDER).method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody))
                .handler(this::check);
        // GET is served only where it is configured on; otherwise SmallRye answers it 405, unparsed.
        if (ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-graphql.http.get.enabled", Boolean.class).orElse(false)) {
            router.route("/graphql").order(ORDER).method(HttpMethod.GET).handler(this::check);
        }
    }

    private void check(RoutingContext rc) {
        Optional<String> query = query(rc);
        if (query.isEmpty() || parsed.contains(query.get())) {
            rc.next();
            return;
        }
        Optional<Refusal> refusal = refusal(query.get());
        if (refusal.isEmpty()) {
            if (parsed.size() >= REMEMBERED) {
                parsed.clear();
            }
            parsed.add(query.get());
            rc.next();
            return;
        }
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(new JsonObject(Map.of("errors", List.of(Map.of("message", refusal.get().message(),
                        "extensions", Map.of("code", ErrorCode.BAD_INPUT.name(), "rule", refusal.get().rule()))))).encode());
    }

    /** The document as SmallRye will read it, when it can be found; otherwise SmallRye answers as it does. */
    private static Optional<String> query(RoutingContext rc) {
        if (rc.request().method() == HttpMethod.GET) {
            return Optional.ofNullable(rc.queryParams().get("query"));
        }
        if (rc.body() == null || rc.body().buffer() == null) {
            return Optional.empty();
        }
        String contentType = Optional.ofNullable(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)).orElse("");
        if (contentType.startsWith("application/graphql") && !contentType.startsWith("application/graphql-response")
                && !contentType.startsWith("application/graphql+json")) {
            return Optional.of(rc.body().asString());
        }
        try {
            Object query = rc.body().asJsonObject().getValue("query");
            return query instanceof String text ? Optional.of(text) : Optional.empty();
        } catch (RuntimeException notAnObject) {
            return Optional.empty();
        }
    }

    /** Why the parser refuses a document: the rule and a message that names the limit, never the document. */
    record Refusal(String rule, String message) {
    }

    /** The parser's refusal of the document, or nothing when it parses. */
    static Optional<Refusal> refusal(String document) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions();
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(document).parserOptions(options).build());
            return Optional.empty();
        } catch (ParseCancelledTooManyCharsException e) {
            return Optional.of(new Refusal(RULE, "The query is longer than " + options.getMaxCharacters() + " characters, the limit"));
        } catch (ParseCancelledTooDeepException e) {
            return Optional.of(new Refusal(RULE, "The query is nested deeper than the parser's limit of " + options.getMaxRuleDepth()
                    + " rules"));
        } catch (ParseCancelledException e) {
            boolean whitespace = e.getMessage() != null && e.getMessage().contains("whitespace");
            return Optional.of(new Refusal(RULE, "The query has more than " + (whitespace
                    ? options.getMaxWhitespaceTokens() + " whitespace tokens (spaces, commas, comments)"
                    : options.getMaxTokens() + " tokens (names, values, punctuation)") + ", the limit"));
        } catch (InvalidSyntaxException e) {
            return Optional.of(new Refusal(SYNTAX_RULE, "The query is not valid GraphQL"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLine() + ", column " + e.getLocation().getColumn())));
        }
    }
}
