package org.insaf.bootstrap.api;

import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the graphql-transport-ws protocol on the JDK's WebSocket, as a frontend's library
 * speaks it: connection_init, then subscribe / next / error / complete messages by operation id.
 */
final class GraphQLWebSocket implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonPath> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile int closedWith = -1;
    private volatile String closeReason;
    // The JDK's WebSocket refuses a send while another is pending: the test's sends and the answers
    // to the server's pings (from the listener's thread) are queued one after the other.
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private GraphQLWebSocket(URI uri, Optional<String> token) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(10));
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        socket = builder.buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    JsonPath message = JsonPath.from(partial.toString());
                    partial.setLength(0);
                    // The server's keep-alive: answered as a client library does, and not handed to the test.
                    if ("ping".equals(message.getString("type"))) {
                        queued(webSocket, "{\"type\":\"pong\"}");
                    } else {
                        messages.add(message);
                    }
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closedWith = statusCode;
                closeReason = reason;
                return null;
            }
        }).join();
    }

    /** Opens the socket (the upgrade fails with the HTTP status when refused) and acknowledges the connection. */
    static GraphQLWebSocket open(URI uri, Optional<String> token) {
        GraphQLWebSocket client = new GraphQLWebSocket(uri, token);
        client.send("{\"type\":\"connection_init\",\"payload\":{}}");
        JsonPath ack = client.next(Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("no connection_ack"));
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack.prettify());
        }
        return client;
    }

    /** Opens the socket without the connection_init, for a test to send its own. */
    static GraphQLWebSocket connect(URI uri, Optional<String> token) {
        return new GraphQLWebSocket(uri, token);
    }

    /** Sends a connection_init whose payload carries the token as a browser sends it. */
    void initWithToken(String token) {
        send("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer " + token + "\"}}");
    }

    /** The close code once the server has closed the socket, waiting for it at most {@code within}; -1 if it stays open. */
    int closedWithin(Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (closedWith == -1 && System.nanoTime() < end) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return closedWith;
    }

    void subscribe(String id, String query, Map<String, Object> variables) {
        String vars = variables.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .reduce((a, b) -> a + "," + b).orElse("");
        send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + query.replace("\"", "\\\"")
                + "\",\"variables\":{" + vars + "}}}");
    }

    void complete(String id) {
        send("{\"id\":\"" + id + "\",\"type\":\"complete\"}");
    }

    /** The next message, if one comes in time. */
    Optional<JsonPath> next(Duration within) {
        try {
            return Optional.ofNullable(messages.poll(within.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String closeReason() {
        return closeReason;
    }

    int closedWith() {
        return closedWith;
    }

    void send(String text) {
        queued(socket, text).join();
    }

    private synchronized CompletableFuture<?> queued(WebSocket to, String text) {
        sending = sending.handle((sent, failed) -> null).thenCompose(previous -> to.sendText(text, true));
        return sending;
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
