package org.insaf.adapters.graphql.engine;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trusted documents (docs/frontend.md): the operations the frontends issue are committed as
 * {@code .graphql} files under {@code operations/} on the class path, listed in
 * {@code operations/index.txt}, each known by the SHA-256 of its exact UTF-8 text. A client names
 * one by {@code "documentId": "sha256:<hex>"} (GraphQL over HTTP, persisted documents) or by
 * {@code "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}} (Apollo), or
 * sends the text itself. With {@code insaf.graphql.trusted-documents=true} (the production
 * default) a text that is not registered is refused ({@value #NOT_TRUSTED}); an unknown hash is
 * always refused ({@value #NOT_FOUND}), since there is nothing to run.
 * <p>
 * A route before every other GraphQL route (the fast read path, the parser's limits, SmallRye)
 * puts the registered text in the body as {@code query}, so everything after it sees an ordinary
 * request. Vert.x has no public way to replace a body already read; {@link RoutingContextInternal}
 * is its own interface for that, used here only (TrustedDocumentsApiTest fails if it changes).
 */
@ApplicationScoped
public class TrustedDocuments {

    private static final Logger LOG = Logger.getLogger(TrustedDocuments.class);

    public static final String NOT_TRUSTED = "OPERATION_NOT_TRUSTED";
    public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    public static final String RULE = "TRUSTED_DOCUMENTS";
    static final String FOLDER = "operations/";
    private static final String UNREGISTERED = "Only the registered operations run here; send the documentId of one of the "
            + "operations folder (docs/frontend.md), or its exact text";
    private static final String PREFIX = "sha256:";
    /** Before the fast read path (-20) and the parser's limits (-1), after the HTTP filters. */
    private static final int ORDER = -30;

    private final boolean enforced;
    private final MemorySize maxBody;
    private final Map<String, String> byHash;

    public TrustedDocuments(@ConfigProperty(name = "insaf.graphql.trusted-documents", defaultValue = "false") boolean enforced,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.enforced = enforced;
        this.maxBody = maxBody;
        this.byHash = load(Thread.currentThread().getContextClassLoader());
    }

    void register(@Observes Router router) {
        router.route("/graphql").order(ORDER).method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .handler(this::post);
        // GET is served only where it is configured on; otherwise SmallRye answers it 405.
        if (ConfigProvider.getConfig().getOptionalValue("quarkus.smallrye-graphql.http.get.enabled", Boolean.class).orElse(false)) {
            router.route("/graphql").order(ORDER).method(HttpMethod.GET).handler(this::get);
        }
        LOG.infof("Trusted documents: %d registered operations, %s", byHash.size(),
                enforced ? "only those run (insaf.graphql.trusted-documents)" : "any query runs");
    }

    /** The registered operations by their hash, read from the class path's operations folder. */
    public static Map<String, String> load(ClassLoader loader) {
        Map<String, String> documents = new LinkedHashMap<>();
        String index = read(loader, FOLDER + "index.txt").orElse("");
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            String text = read(loader, FOLDER + name)
                    .orElseThrow(() -> new IllegalStateException(FOLDER + "index.txt lists " + name + ", which is missing"));
            documents.put(hash(text), text);
        }
        return Map.copyOf(documents);
    }

    private static Optional<String> read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lower-case hex SHA-256 of the document's UTF-8 text, as Apollo and GraphQL over HTTP compute it. */
    public static String hash(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private void post(RoutingContext rc) {
        if (rc.body() == null || rc.body().buffer() == null) {
            rc.next();
            return;
        }
        String contentType = Optional.ofNullable(rc.request().getHeader(HttpHeaders.CONTENT_TYPE)).orElse("");
        if (contentType.startsWith("application/graphql") && !contentType.startsWith("application/graphql-response")
                && !contentType.startsWith("application/graphql+json")) {
            check(rc, rc.body().asString());
            return;
        }
        JsonObject body;
        try {
            body = rc.body().asJsonObject();
        } catch (RuntimeException notAnObject) {
            body = null;
        }
        if (body == null) {
            // Not a GraphQL request SmallRye would run: it refuses it itself.
            rc.next();
            return;
        }
        Decision decision = decide(body);
        if (decision.refused()) {
            refuse(rc, decision.code(), decision.message());
        } else if (decision.rewritten()) {
            ((RoutingContextInternal) rc).setBody(Buffer.buffer(body.encode()));
            rc.next();
        } else {
            rc.next();
        }
    }

    /**
     * What a request may run: refused (with its code and message), or allowed, with the body
     * rewritten in place to carry the registered text as {@code query} when it named a hash.
     * The same rule for a POST body and a WebSocket {@code subscribe} message's payload.
     */
    public Decision decide(JsonObject body) {
        Object query = body.getValue("query");
        Optional<String> named;
        try {
            named = documentId(body);
        } catch (ClassCastException malformed) {
            return Decision.refusal(NOT_FOUND, "documentId and extensions.persistedQuery.sha256Hash must be strings");
        }
        if (named.isEmpty()) {
            if (!enforced || !(query instanceof String text) || byHash.containsKey(hash(text))) {
                return Decision.ALLOWED;
            }
            return Decision.refusal(NOT_TRUSTED, UNREGISTERED);
        }
        String text = byHash.get(named.get());
        if (text == null) {
            return Decision.refusal(NOT_FOUND, "No registered operation has the hash " + named.get()
                    + "; the registered ones are the files of the operations folder (docs/frontend.md)");
        }
        if (query != null && !text.equals(query)) {
            return Decision.refusal(NOT_TRUSTED, "The query sent is not the registered operation of hash " + named.get());
        }
        body.remove("documentId");
        JsonObject extensions = body.getJsonObject("extensions");
        if (extensions != null) {
            extensions.remove("persistedQuery");
            if (extensions.isEmpty()) {
                body.remove("extensions");
            }
        }
        body.put("query", text);
        return Decision.REWRITTEN;
    }

    /** A request's fate: run as sent, run with the registered text put in, or refused with a code. */
    public record Decision(String code, String message, boolean rewritten) {
        static final Decision ALLOWED = new Decision(null, null, false);
        static final Decision REWRITTEN = new Decision(null, null, true);

        static Decision refusal(String code, String message) {
            return new Decision(code, message, false);
        }

        public boolean refused() {
            return code != null;
        }
    }

    private void get(RoutingContext rc) {
        if (rc.queryParams().contains("documentId") || rc.queryParams().contains("extensions")) {
            refuse(rc, NOT_FOUND, "Persisted operations are sent by POST (docs/frontend.md)");
            return;
        }
        check(rc, rc.queryParams().get("query"));
    }

    /** The hash a request names, without its "sha256:" prefix; empty when it names none. */
    private static Optional<String> documentId(JsonObject body) {
        Object id = body.getValue("documentId");
        if (id != null) {
            String text = (String) id;
            return Optional.of((text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text).toLowerCase(java.util.Locale.ROOT));
        }
        Object extensions = body.getValue("extensions");
        if (extensions instanceof JsonObject e && e.getValue("persistedQuery") instanceof JsonObject persisted
                && persisted.getValue("sha256Hash") != null) {
            return Optional.of(((String) persisted.getValue("sha256Hash")).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }

    private void check(RoutingContext rc, String text) {
        if (!enforced || text == null || byHash.containsKey(hash(text))) {
            rc.next();
            return;
        }
        refuse(rc, NOT_TRUSTED, UNREGISTERED);
    }

    private static void refuse(RoutingContext rc, String code, String message) {
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(new JsonObject(Map.of("errors", errors(code, message))).encode());
    }

    /** The errors of a refusal, as a GraphQL response (HTTP) or a graphql-transport-ws error message carries them. */
    public static List<Map<String, Object>> errors(String code, String message) {
        return List.of(Map.of("message", message, "extensions", Map.of("code", code, "rule", RULE)));
    }
}
