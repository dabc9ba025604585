package org.insaf.adapters.graphql.engine;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.graphql.GraphQLEndpoint;
import org.insaf.adapters.graphql.admission.AdmissionControl;
import org.insaf.adapters.graphql.admission.AdmissionQueue;
import org.insaf.adapters.graphql.error.ErrorCode;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The GraphQL WebSocket ({@code graphql-transport-ws} on {@code /graphql}) under the rules of the
 * HTTP requests (docs/subscriptions.md):
 * <ul>
 * <li>a socket is authenticated by the bearer token of its upgrade request, or, for browsers (which
 * cannot set a header on an upgrade), by {@code "Authorization": "Bearer <token>"} in its
 * {@code connection_init} payload, validated as the header is. A socket with neither is closed
 * 4403 at its {@code connection_init}, as one with a bad token is, and one that sends no
 * {@code connection_init} within 5 s is closed 4408: it runs nothing and is told nothing;</li>
 * <li>each {@code subscribe} message is held to the trusted documents ({@link TrustedDocuments#decide})
 * and to admission control ({@link AdmissionControl#admit}) before it runs: a refusal is a
 * graphql-transport-ws {@code error} message with the HTTP refusal's code. A query or mutation
 * holds its slot until its answer is sent; a subscription until it is set up (its own limits
 * bound it after that, SUBSCRIPTION_LIMIT). Cost and parser limits are graphql-java's, the same
 * for both transports.</li>
 * </ul>
 * Quarkus' handler offers no hook for a message before it runs, so a route before it does the
 * upgrade with Quarkus' own classes, only the protocol handler subclassed (its
 * {@code onMessage}); GraphQLSocketApiTest fails if those change.
 */
@ApplicationScoped
public class GraphQLSocket {

    private static final Logger LOG = Logger.getLogger(GraphQLSocket.class);

    static final String PROTOCOL = "graphql-transport-ws";
    /**
     * As a filter of the authorization's priority (100): registered after it, so it runs after the
     * HTTP permission check and before Quarkus' WebSocket route (order -99).
     */
    private static final int PRIORITY = 100;
    /**
     * graphql-transport-ws: the server closes a socket that has not initialised in time with 4408;
     * before SmallRye's first keep-alive ping (10 s), so that such a socket receives nothing at all.
     */
    private static final long INIT_TIMEOUT_MILLIS = 5_000;
    /** An Authorization value: the Bearer scheme and an RFC 6750 token, as the header carries it. */
    private static final Pattern BEARER = Pattern.compile("Bearer [A-Za-z0-9._~+/-]+=*");
    private static final Set<String> MESSAGE_TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    private final TrustedDocuments trusted;
    private final AdmissionControl admission;
    private final Optional<String> tokenField;
    private final boolean runBlocking;
    private final Instance<CurrentIdentityAssociation> identities;
    private final Instance<CurrentVertxRequest> requests;
    private volatile Upgrade upgrade;
    /** The sockets open now, told to connect again when the instance stops. */
    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();

    public GraphQLSocket(TrustedDocuments trusted, AdmissionControl admission,
                         @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> tokenField,
                         @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nonBlocking,
                         Instance<CurrentIdentityAssociation> identities, Instance<CurrentVertxRequest> requests) {
        this.trusted = trusted;
        this.admission = admission;
        this.tokenField = tokenField;
        // As Quarkus decides it for its own WebSocket handler.
        this.runBlocking = nonBlocking.isPresent() && !nonBlocking.get();
        this.identities = identities;
        this.requests = requests;
    }

    void register(@Observes Filters filters) {
        filters.register(this::route, PRIORITY);
    }

    /**
     * The instance stops (after its pre-shutdown delay and the requests in flight): its open sockets
     * are closed going away ({@link #closeEveryOpenSocket()}).
     */
    void stopping(@Observes ShutdownEvent stopping) {
        closeEveryOpenSocket();
    }

    /**
     * Closes each open socket 1001 (going away) rather than dropping it, so its client connects
     * again, through the balancer, to an instance that is running; waits at most a second for the
     * close frames to leave. Returns how many were open.
     */
    public int closeEveryOpenSocket() {
        List<ServerWebSocket> closing = List.copyOf(open);
        if (closing.isEmpty()) {
            return 0;
        }
        LOG.infof("Closing %d GraphQL WebSocket(s): the instance is stopping", closing.size());
        CompletableFuture<?>[] closed = closing.stream()
                .map(socket -> socket.close((short) 1001, "Insaf is stopping: connect again")
                        // Told to go away: no longer open to this method, though its connection may end a moment later.
                        .onComplete(ignored -> open.remove(socket))
                        .toCompletionStage().toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(closed).get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("Not every WebSocket closed within a second: %s", e.toString());
        }
        return closing.size();
    }

    /** The name of the connection_init payload's field that carries the token, when browsers may use it. */
    public Optional<String> tokenField() {
        return tokenField;
    }

    private void route(RoutingContext rc) {
        if (!GraphQLEndpoint.isSocketUpgrade(rc)) {
            rc.next();
            return;
        }
        if (upgrade == null) {
            upgrade = new Upgrade(identities.isResolvable() ? identities.get() : null, requests.get());
        }
        upgrade.handle(rc);
    }

    /** Quarkus' upgrade, with the checked protocol handler. */
    private final class Upgrade extends SmallRyeGraphQLOverWebSocketHandler {

        Upgrade(CurrentIdentityAssociation identity, CurrentVertxRequest request) {
            super(identity, request, runBlocking, tokenField);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            if (ctx.request().isEnded()) {
                ctx.next();
                return;
            }
            Map<String, Object> metaData = getMetaData(ctx);
            ctx.request().toWebSocket(opened -> {
                UpgradeRequests.settled(ctx.request());
                if (opened.failed()) {
                    LOG.debugf("WebSocket upgrade failed: %s", opened.cause());
                    return;
                }
                ServerWebSocket socket = opened.result();
                if (!PROTOCOL.equals(socket.subProtocol())) {
                    socket.close((short) 1002, "Only " + PROTOCOL + " is spoken here");
                    return;
                }
                Checked handler = new Checked(new Socket(socket), metaData, ctx, this);
                open.add(socket);
                socket.closeHandler(ignored -> {
                    open.remove(socket);
                    handler.onClose();
                });
                socket.endHandler(ignored -> handler.onEnd());
                socket.exceptionHandler(handler::onThrowable);
                socket.textMessageHandler(handler::onMessage);
            });
        }
    }

    /** The graphql-transport-ws handler of one socket, with the checks before a message runs. */
    private final class Checked extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

        private final RoutingContext ctx;
        private final Socket socket;
        /** Queries and mutations admitted and not yet answered, by operation id. */
        private final Map<String, AdmissionQueue.Ticket> running = new ConcurrentHashMap<>();
        private final long initTimer;

        Checked(Socket socket, Map<String, Object> metaData, RoutingContext ctx, SmallRyeGraphQLAbstractHandler upgrade) {
            super(socket, metaData, ctx, upgrade, tokenField);
            this.ctx = ctx;
            this.socket = socket;
            socket.onSent = this::sent;
            this.initTimer = ctx.vertx().setTimer(INIT_TIMEOUT_MILLIS, ignored -> {
                if (!connectionInitialized.get() && !socket.isClosed()) {
                    socket.close((short) 4408, "Connection initialisation timeout");
                }
            });
        }

        @Override
        protected void onMessage(jakarta.json.JsonObject message) {
            if (message == null) {
                // Not JSON: the framework has closed the socket (4400).
                return;
            }
            if (!(message.get("type") instanceof JsonString type) || !MESSAGE_TYPES.contains(type.getString())) {
                socket.close((short) 4400, "Unknown message type");
                return;
            }
            switch (type.getString()) {
                case "connection_init" -> init(message);
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    super.onMessage(message);
                    if (message.get("id") instanceof JsonString id) {
                        leave(id.getString());
                    }
                }
                default -> super.onMessage(message);
            }
        }

        /** A socket without a caller gets the same close for no token as for a bad one. */
        private void init(jakarta.json.JsonObject message) {
            JsonValue payload = message.get("payload");
            if (payload != null && payload.getValueType() != JsonValue.ValueType.OBJECT) {
                socket.close((short) 4400, "The connection_init payload is an object");
                return;
            }
            JsonValue token = payload == null || tokenField.isEmpty() ? null : payload.asJsonObject().get(tokenField.get());
            boolean bearer = token instanceof JsonString value && BEARER.matcher(value.getString()).matches();
            if (token != null && !bearer || token == null && anonymous()) {
                socket.close((short) 4403, "Forbidden");
                return;
            }
            super.onMessage(message);
        }

        private boolean anonymous() {
            return !(ctx.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous();
        }

        private void subscribe(jakarta.json.JsonObject message) {
            if (!connectionInitialized.get() || !(message.get("id") instanceof JsonString id)
                    || running.containsKey(id.getString()) || !(message.get("payload") instanceof jakarta.json.JsonObject payload)) {
                // The framework closes the socket as the protocol says (4401, 4400, 4409).
                super.onMessage(message);
                return;
            }
            String operation = id.getString();
            JsonObject body = new JsonObject(payload.toString());
            TrustedDocuments.Decision decision = trusted.decide(body);
            if (decision.refused()) {
                error(operation, TrustedDocuments.errors(decision.code(), decision.message()));
                return;
            }
            jakarta.json.JsonObject run = decision.rewritten()
                    ? Json.createObjectBuilder(message).add("payload", Json.createReader(new StringReader(body.encode())).readObject()).build()
                    : message;
            boolean subscription = isSubscription(body);
            Context context = Vertx.currentContext();
            admission.admit(ctx.vertx(), context, ticket -> start(ticket, operation, run, subscription),
                    refusal -> error(operation, List.of(Map.of("message", refusal, "extensions", Map.of("code", ErrorCode.OVERLOADED.name())))));
        }

        private void start(AdmissionQueue.Ticket ticket, String operation, jakarta.json.JsonObject message, boolean subscription) {
            if (socket.isClosed()) {
                ticket.leave();
                return;
            }
            if (!subscription) {
                running.put(operation, ticket);
            }
            super.onMessage(message);
            if (subscription) {
                ticket.leave();
            }
        }

        private void error(String operation, List<Map<String, Object>> errors) {
            socket.sendMessage(new JsonObject().put("id", operation).put("type", "error").put("payload", new JsonArray(errors)).encode());
        }

        /** The first message of an operation answers it: its slot is free again. */
        private void sent(String message) {
            if (running.isEmpty()) {
                return;
            }
            try {
                Object id = new JsonObject(message).getValue("id");
                if (id instanceof String operation) {
                    leave(operation);
                }
            } catch (RuntimeException notAnOperationsMessage) {
                // pings and pongs have no id; nothing to free
            }
        }

        private void leave(String operation) {
            AdmissionQueue.Ticket ticket = running.remove(operation);
            if (ticket != null) {
                ticket.leave();
            }
        }

        @Override
        public void onClose() {
            ctx.vertx().cancelTimer(initTimer);
            running.keySet().forEach(this::leave);
            super.onClose();
        }
    }

    /** Whether the operation a request runs is a subscription; unknown (unparseable) counts as not. */
    static boolean isSubscription(JsonObject body) {
        if (!(body.getValue("query") instanceof String text)) {
            return false;
        }
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
            Object name = body.getValue("operationName");
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(o -> name instanceof String n ? n.equals(o.getName()) : operations.size() == 1)
                    .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.SUBSCRIPTION);
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    /** The framework's session on a Vert.x socket, telling {@link Checked} what it sends. */
    private static final class Socket implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;
        private volatile java.util.function.Consumer<String> onSent = ignored -> { };

        Socket(ServerWebSocket socket) {
            this.socket = socket;
        }

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
            onSent.accept(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public String toString() {
            return "{peer=" + socket.remoteAddress() + "}";
        }
    }
}
