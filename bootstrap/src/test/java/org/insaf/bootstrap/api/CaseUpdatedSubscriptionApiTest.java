package org.insaf.bootstrap.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.live.PostgresCaseChangeFeed;
import org.insaf.application.port.in.FollowCaseUpdatesQuery;
import org.insaf.application.service.CaseUpdateService;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caseUpdated subscription end to end: the JDK's WebSocket speaking graphql-transport-ws with
 * the real tokens of the demo realm.
 * <p>
 * The path through PostgreSQL: there is no other. A committed change reaches this instance only as
 * the NOTIFY of its audit entry (V24), read by the feed's own listening connection, so each update
 * below is checked to have raised the feed's count of announcements received. Two senders are used:
 * the application itself (mutations through the API, as any instance runs them), and a connection
 * that shares nothing with this instance but the database, announcing a change as another
 * instance's commit does: the subscriber cannot tell them apart, which is what several replicas need.
 * Each case the prosecutor may not see is changed before one it may, in the same window: updates
 * arrive in commit order, so once the visible one arrives, nothing about the other can come.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class CaseUpdatedSubscriptionApiTest {

    private static final String DAY = "2022-12-05";
    private static final String ALL = "subscription { caseUpdated { caseId event version } }";
    private static final String ONE = "subscription($id: ID) { caseUpdated(caseId: $id) { caseId event version } }";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    CaseUpdateService followers;

    @Inject
    PostgresCaseChangeFeed feed;

    @Inject
    AgroalDataSource database;

    private final List<GraphQLWebSocket> opened = new ArrayList<>();

    @AfterEach
    void closeSockets() {
        opened.forEach(GraphQLWebSocket::close);
        await(() -> followers.followers() == 0);
    }

    private URI ws() {
        return URI.create(graphql.toString().replaceFirst("^http", "ws"));
    }

    private GraphQLWebSocket as(String user) {
        GraphQLWebSocket socket = GraphQLWebSocket.open(ws(), Optional.of(Tokens.of(user)));
        opened.add(socket);
        return socket;
    }

    private static String registered() {
        String id = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "LIVE-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", DAY, "sections", List.of("PTPA-3"))).getString("id");
        return id;
    }

    private static void assignToProsecutor(String caseId) {
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", caseId,
                "prosecutor", AuthorizationMatrixApiTest.idOf("prosecutor")));
    }

    private static int versionOf(String caseId) {
        return Gql.as("admin", "query($id: ID!) { case(id: $id) { version } }", Map.of("id", caseId))
                .extract().path("data.case.version");
    }

    private static void startInvestigation(String caseId) {
        CaseStoryApiTest.ok("investigator", "startInvestigation", Map.of("caseId", caseId, "startedOn", DAY));
    }

    /** Subscribes and waits until this instance follows for it. */
    private void subscribe(GraphQLWebSocket socket, String id, String query, Map<String, Object> variables) {
        int before = followers.followers();
        socket.subscribe(id, query, variables);
        await(() -> followers.followers() > before);
    }

    /** The next update on the socket, which must come in time. */
    private static JsonPath update(GraphQLWebSocket socket) {
        JsonPath message = socket.next(WAIT).orElseThrow(() -> new AssertionError("no update within " + WAIT));
        assertThat(message.getString("type")).as(message.prettify()).isEqualTo("next");
        assertThat(message.getMap("payload")).as("only data, no errors").containsOnlyKeys("data");
        return message.setRootPath("payload.data.caseUpdated");
    }

    /** The updates on the socket until one about the given case with that event. */
    private static List<JsonPath> updatesUntil(GraphQLWebSocket socket, String caseId, String event) {
        List<JsonPath> seen = new ArrayList<>();
        while (true) {
            JsonPath u = update(socket);
            seen.add(u);
            if (u.getString("caseId").equals(caseId) && u.getString("event").equals(event)) {
                return seen;
            }
        }
    }

    private void announceAsAnotherInstance(String payload) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("select pg_notify('" + PostgresCaseChangeFeed.CHANNEL + "', ?)")) {
            s.setString(1, payload);
            s.execute();
        }
    }

    @Test
    void a_prosecutor_is_told_of_the_changes_of_an_assigned_case_and_nothing_of_a_case_it_may_not_see() throws SQLException {
        String assigned = registered();
        assignToProsecutor(assigned);
        String unassigned = registered();
        GraphQLWebSocket prosecutor = as("prosecutor");
        subscribe(prosecutor, "all", ALL, Map.of());
        long received = feed.received();

        startInvestigation(unassigned);
        startInvestigation(assigned);
        List<JsonPath> told = updatesUntil(prosecutor, assigned, "InvestigationStarted");
        assertThat(told).extracting(u -> u.getString("caseId")).containsOnly(assigned);
        assertThat(told).extracting(u -> u.getInt("version")).containsOnly(versionOf(assigned));
        assertThat(told).allSatisfy(u -> assertThat(u.getMap("")).containsOnlyKeys("caseId", "event", "version"));
        assertThat(feed.received()).as("delivered by the NOTIFY listener").isGreaterThan(received);

        // Changed through another instance: only the database is shared.
        received = feed.received();
        announceAsAnotherInstance(unassigned + ":7:HearingRecorded");
        announceAsAnotherInstance(assigned + ":7:HearingRecorded");
        JsonPath fromElsewhere = update(prosecutor);
        assertThat(fromElsewhere.getString("caseId")).isEqualTo(assigned);
        assertThat(fromElsewhere.getString("event")).isEqualTo("HearingRecorded");
        assertThat(fromElsewhere.getInt("version")).isEqualTo(7);
        assertThat(feed.received()).isEqualTo(received + 2);
        assertThat(prosecutor.next(Duration.ofMillis(300))).as("nothing about the unassigned case").isEmpty();
    }

    @Test
    void an_assignment_made_while_subscribed_opens_the_case_from_its_next_change() {
        String id = registered();
        GraphQLWebSocket prosecutor = as("prosecutor");
        subscribe(prosecutor, "all", ALL, Map.of());

        assignToProsecutor(id);
        List<JsonPath> told = updatesUntil(prosecutor, id, "CaseAssigned");
        assertThat(told).as("the assignment itself is the first change the prosecutor may see").hasSize(1);
        startInvestigation(id);
        assertThat(updatesUntil(prosecutor, id, "InvestigationStarted").get(0).getString("caseId")).isEqualTo(id);
    }

    @Test
    void one_case_followed_is_told_of_that_case_only_and_a_case_not_open_to_the_caller_is_not_found() {
        String other = registered();
        assignToProsecutor(other);
        String followed = registered();
        assignToProsecutor(followed);
        GraphQLWebSocket prosecutor = as("prosecutor");
        subscribe(prosecutor, "one", ONE, Map.of("id", followed));
        startInvestigation(other);
        startInvestigation(followed);
        assertThat(updatesUntil(prosecutor, followed, "InvestigationStarted")).extracting(u -> u.getString("caseId"))
                .containsOnly(followed);

        String hidden = registered();
        prosecutor.subscribe("hidden", ONE, Map.of("id", hidden));
        assertThat(refusal(prosecutor, "hidden")).isEqualTo("NOT_FOUND");
        prosecutor.subscribe("bad", ONE, Map.of("id", "not-an-id"));
        assertThat(refusal(prosecutor, "bad")).isEqualTo("BAD_INPUT");
        JsonPath trail = Gql.as("auditor", "query($id: ID!) { auditTrail(caseId: $id, first: 100) "
                + "{ edges { node { action detail } } } }", Map.of("id", hidden)).extract().jsonPath();
        assertThat(trail.getList("data.auditTrail.edges.node.action", String.class)).contains("READ_CASE_REFUSED");
    }

    /** The error code a refused subscription is answered with; its operation then ends. */
    private static String refusal(GraphQLWebSocket socket, String operation) {
        JsonPath message = socket.next(WAIT).orElseThrow(() -> new AssertionError("no answer to " + operation));
        assertThat(message.getString("id")).as(message.prettify()).isEqualTo(operation);
        assertThat(message.getString("type")).as(message.prettify()).isIn("error", "next");
        if (message.getString("type").equals("error")) {
            return message.getString("payload[0].extensions.code");
        }
        // The refusal is the stream's one answer (data null, the error), then the stream completes.
        assertThat(message.getString("payload.data.caseUpdated")).isNull();
        JsonPath end = socket.next(WAIT).orElseThrow(() -> new AssertionError("no complete for " + operation));
        assertThat(end.getString("type") + " " + end.getString("id")).as(end.prettify()).isEqualTo("complete " + operation);
        return message.getString("payload.errors[0].extensions.code");
    }

    @Test
    void an_analyst_is_refused_and_so_is_a_socket_without_a_token() {
        GraphQLWebSocket analyst = as("analyst");
        analyst.subscribe("a", ALL, Map.of());
        assertThat(refusal(analyst, "a")).isEqualTo("FORBIDDEN");
        assertThat(followers.followers()).isZero();

        // Without a header the upgrade is let through for a browser's token in connection_init; none comes: closed 4403.
        GraphQLWebSocket anonymous = GraphQLWebSocket.connect(ws(), Optional.empty());
        opened.add(anonymous);
        anonymous.send("{\"type\":\"connection_init\",\"payload\":{}}");
        assertThat(anonymous.closedWithin(WAIT)).isEqualTo(4403);
        assertThatThrownBy(() -> GraphQLWebSocket.open(ws(), Optional.of("not.a.token")))
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void each_role_is_told_of_the_cases_the_table_opens_to_it() {
        String lahore = registered();
        CaseStoryApiTest.ok("admin", "assignCase", Map.of("caseId", lahore, "court", "SESSIONS-COURT-LAHORE",
                "judge", AuthorizationMatrixApiTest.idOf("judge")));
        Map<String, GraphQLWebSocket> sockets = new java.util.LinkedHashMap<>();
        for (String user : List.of("investigator", "investigator2", "police", "judge", "judge2", "prosecutor2", "admin")) {
            GraphQLWebSocket socket = as(user);
            subscribe(socket, "all", ALL, Map.of());
            sockets.put(user, socket);
        }
        GraphQLWebSocket auditor = as("auditor");
        auditor.subscribe("a", ALL, Map.of());
        assertThat(refusal(auditor, "a")).isEqualTo("FORBIDDEN");

        startInvestigation(lahore);
        for (String user : List.of("investigator", "judge", "admin")) {
            assertThat(updatesUntil(sockets.get(user), lahore, "InvestigationStarted")).as(user)
                    .extracting(u -> u.getString("caseId")).contains(lahore);
        }
        // Told in commit order: once a later change reaches everyone, nothing of the first can come.
        String karachi = CaseStoryApiTest.ok("investigator2", "registerCase", Map.of("firNumber", "LIVE-" + UUID.randomUUID(),
                "office", "FIA-AHTC-KARACHI", "registeredOn", DAY, "sections", List.of("PTPA-3"))).getString("id");
        assertThat(updatesUntil(sockets.get("investigator2"), karachi, "FirRegistered"))
                .extracting(u -> u.getString("caseId")).containsOnly(karachi);
        for (String user : List.of("police", "judge2", "prosecutor2")) {
            assertThat(sockets.get(user).next(Duration.ofMillis(300))).as(user + " is told nothing").isEmpty();
        }
    }

    @Test
    void one_user_has_at_most_the_limit_of_subscriptions_at_once() {
        GraphQLWebSocket admin = as("admin");
        for (int i = 0; i < FollowCaseUpdatesQuery.MAX_PER_USER; i++) {
            subscribe(admin, "s" + i, ALL, Map.of());
        }
        admin.subscribe("over", ALL, Map.of());
        assertThat(refusal(admin, "over")).isEqualTo("BAD_INPUT");
        admin.complete("s0");
        await(() -> followers.followers() == FollowCaseUpdatesQuery.MAX_PER_USER - 1);
        subscribe(admin, "again", ALL, Map.of());
        admin.close();
        await(() -> followers.followers() == 0);
    }

    @Test
    void updates_resume_after_the_listening_connection_is_killed() throws SQLException {
        String id = registered();
        assignToProsecutor(id);
        GraphQLWebSocket prosecutor = as("prosecutor");
        subscribe(prosecutor, "all", ALL, Map.of());
        startInvestigation(id);
        updatesUntil(prosecutor, id, "InvestigationStarted");

        long connections = feed.connections();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where application_name = '" + PostgresCaseChangeFeed.APPLICATION_NAME + "'")) {
            r.next();
            assertThat(r.getInt(1)).as("one listening connection per instance").isEqualTo(1);
        }
        await(() -> feed.connections() > connections);

        CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", id, "identity", Map.of("name", "Live Victim"),
                "estimatedAge", 30, "estimatedOn", DAY));
        List<JsonPath> told = updatesUntil(prosecutor, id, "VictimAdded");
        assertThat(told.get(told.size() - 1).getInt("version")).isEqualTo(versionOf(id));
    }

    private static void await(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + WAIT.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within " + WAIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
