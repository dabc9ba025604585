package org.insaf.bootstrap.api;

import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
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

    private GraphQLWebSocket(URI uri, Optional<String> token) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(10));
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        socket = builder.buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(JsonPath.from(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closedWith = statusCode;
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

    int closedWith() {
        return closedWith;
    }

    private void send(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
