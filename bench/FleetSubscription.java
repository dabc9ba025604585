import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The caseUpdated subscription across two instances of the service (issue 19): a prosecutor
 * subscribed on one instance is told of the changes made through the other instance to a case
 * assigned to them, and of nothing about a case that is not; following that other case by id is
 * refused as NOT_FOUND. Both directions (subscribed on instance 1 and changed through 2, and the
 * reverse). The changes travel only through PostgreSQL (NOTIFY), never through memory, since the
 * instances are separate processes.
 * <p>
 * Run by bench/fleet.sh before its load, with the packaged service on the class path (Jackson):
 * java -cp 'quarkus-app/lib/main/*' FleetSubscription.java INSTANCE_1_URL INSTANCE_2_URL TOKEN_URL RUN_ID
 * Prints what it saw; exits 0 when everything holds, 1 when a check fails.
 */
public class FleetSubscription {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COURT = "SESSIONS-COURT-LAHORE";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int delivered;
    private int refusals;

    FleetSubscription(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: FleetSubscription INSTANCE_1_URL INSTANCE_2_URL TOKEN_URL RUN_ID");
            System.exit(2);
        }
        FleetSubscription check = new FleetSubscription(args[2]);
        check.across(args[0], args[1], args[3] + "-1to2");
        check.across(args[1], args[0], args[3] + "-2to1");
        System.out.println("subscription across instances: " + check.delivered + " changes made through one instance "
                + "told to a prosecutor subscribed on the other; none told of a case not assigned to them; following that "
                + "case by id refused NOT_FOUND " + check.refusals + " time(s) of 2");
        if (check.refusals != 2) {
            check.problems.add("following a case not assigned to the prosecutor by id was refused " + check.refusals
                    + " time(s), not 2");
        }
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.out.println("FAILED: " + p));
            System.exit(1);
        }
    }

    /** Subscribed on {@code listening}, the cases changed through {@code writing}. */
    private void across(String listening, String writing, String run) throws Exception {
        fetchTokens();
        String prosecutor = answer(writing, "prosecutor", "{ me { id } }", Map.of()).path("me").path("id").asText();
        String judge = answer(writing, "judge", "{ me { id } }", Map.of()).path("me").path("id").asText();
        String assigned = started(writing, "SUB-" + run + "-A/2008");
        String other = started(writing, "SUB-" + run + "-B/2008");
        change(writing, "admin", "assignCase", input("caseId", assigned, "prosecutor", prosecutor, "court", COURT, "judge", judge));

        URI socketUri = URI.create(listening.replace("http://", "ws://") + "/graphql");
        try (Socket socket = Socket.open(socketUri, tokens.get("prosecutor"))) {
            socket.send(Map.of("id", "refused", "type", "subscribe", "payload", Map.of(
                    "query", "subscription($c: ID) { caseUpdated(caseId: $c) { caseId event version } }",
                    "variables", Map.of("c", other))));
            socket.send(Map.of("id", "all", "type", "subscribe", "payload", Map.of(
                    "query", "subscription { caseUpdated { caseId event version } }")));

            // The subscription is live once a change is told; until then a change may come before it
            // is listening, so the assigned case is changed again until one is (a bounded number of times).
            long version = -1;
            boolean told = false;
            for (int attempt = 0; attempt < 8 && !told; attempt++) {
                version = accused(writing, assigned, "Told Before " + attempt);
                told = awaitChange(socket, assigned, version, other);
            }
            if (!told) {
                problems.add(run + ": no change of the assigned case was told on the other instance within "
                        + 8 * EVENT_WAIT.toSeconds() + " s");
                return;
            }
            delivered++;
            // The unassigned case changes first, then the assigned one: changes are told in commit order,
            // so when the second is told the first would have been, had it been let through.
            accused(writing, other, "Never Told");
            version = accused(writing, assigned, "Told After");
            if (awaitChange(socket, assigned, version, other)) {
                delivered++;
            } else {
                problems.add(run + ": the assigned case's change (version " + version + ") was not told on the other instance");
            }
        }
    }

    /** Waits for the assigned case's change at {@code version}; records any message about {@code hidden}. */
    private boolean awaitChange(Socket socket, String caseId, long version, String hidden) throws InterruptedException {
        long until = System.nanoTime() + EVENT_WAIT.toNanos();
        while (System.nanoTime() < until) {
            JsonNode m = socket.messages.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (m == null) {
                break;
            }
            String type = m.path("type").asText();
            if (m.path("id").asText().equals("refused")) {
                // The refusal is the field's error (a `next` with errors and no data, then `complete`), or
                // an `error` message: either way NOT_FOUND, as for a case that does not exist.
                JsonNode errors = type.equals("error") ? m.path("payload") : m.path("payload").path("errors");
                JsonNode data = m.path("payload").path("data").path("caseUpdated");
                boolean refused = type.equals("complete")
                        || (type.equals("error") || type.equals("next"))
                        && errors.path(0).path("extensions").path("code").asText().equals("NOT_FOUND")
                        && (data.isMissingNode() || data.isNull());
                if (!refused) {
                    problems.add("following an unassigned case by id answered " + m + ", not NOT_FOUND");
                } else if (!type.equals("complete")) {
                    refusals++;
                }
                continue;
            }
            if (type.equals("ping")) {
                socket.send(Map.of("type", "pong"));
                continue;
            }
            JsonNode update = m.path("payload").path("data").path("caseUpdated");
            if (!type.equals("next") || update.isMissingNode()) {
                problems.add("unexpected message on the subscription: " + m);
                continue;
            }
            if (update.path("caseId").asText().equals(hidden)) {
                problems.add("a change of a case not assigned to the prosecutor was told: " + update);
            } else if (update.path("caseId").asText().equals(caseId) && update.path("version").asLong() >= version) {
                return true;
            }
        }
        return false;
    }

    private String started(String base, String fir) throws IOException, InterruptedException {
        JsonNode c = change(base, "investigator", "registerCase", input("firNumber", fir, "office", "FIA-AHTC-LAHORE",
                "registeredOn", "2008-02-04", "sections", List.of("PACHTO-3")));
        String id = c.path("id").asText();
        change(base, "investigator", "startInvestigation", input("caseId", id, "startedOn", "2008-02-05"));
        return id;
    }

    private long accused(String base, String caseId, String name) throws IOException, InterruptedException {
        return change(base, "investigator", "addAccused", input("caseId", caseId, "name", name,
                "roles", List.of("RECRUITER"), "nationality", "PK", "addedOn", "2008-02-05")).path("version").asLong();
    }

    private JsonNode change(String base, String user, String mutation, Map<String, Object> input)
            throws IOException, InterruptedException {
        String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        return answer(base, user, "mutation($input: " + type + "!) { " + mutation + "(input: $input) { case { id version } } }",
                Map.of("input", input)).path(mutation).path("case");
    }

    private JsonNode answer(String base, String user, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.get(user))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        if (body == null || body.path("errors").size() > 0) {
            throw new IllegalStateException(base + " answered HTTP " + r.statusCode() + ": " + r.body());
        }
        return body.path("data");
    }

    private void fetchTokens() throws IOException, InterruptedException {
        for (String user : List.of("investigator", "prosecutor", "judge", "admin")) {
            String form = "grant_type=password&client_id=insaf-api&client_secret=insaf-api-dev-secret-not-for-production"
                    + "&username=" + user + "&password=" + URLEncoder.encode(user + "-dev-password", StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            tokens.put(user, JSON.readTree(r.body()).path("access_token").asText());
        }
    }

    private static Map<String, Object> input(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** graphql-transport-ws on the JDK's WebSocket, authenticated by the upgrade's Authorization header. */
    static final class Socket implements AutoCloseable {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;

        private Socket(URI uri, String token) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(uri, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                try {
                                    messages.add(JSON.readTree(partial.toString()));
                                } catch (IOException e) {
                                    messages.add(JSON.createObjectNode().put("type", "unreadable").put("text", partial.toString()));
                                }
                                partial.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).join();
        }

        static Socket open(URI uri, String token) throws InterruptedException {
            Socket s = new Socket(uri, token);
            s.send(Map.of("type", "connection_init", "payload", Map.of()));
            JsonNode ack = s.messages.poll(10, TimeUnit.SECONDS);
            if (ack == null || !ack.path("type").asText().equals("connection_ack")) {
                throw new IllegalStateException("no connection_ack from " + uri + ": " + ack);
            }
            return s;
        }

        void send(Map<String, Object> message) {
            try {
                socket.sendText(JSON.writeValueAsString(message), true).join();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
