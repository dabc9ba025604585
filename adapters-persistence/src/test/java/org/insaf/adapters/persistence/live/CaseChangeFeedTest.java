package org.insaf.adapters.persistence.live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.error.CaseNotFound;
import org.insaf.application.port.in.GetCaseQuery;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The announcements of V24 and the feed that listens to them: a committed change is announced with
 * its case, version and event names; a refused command and a read are not; the feed, listening on
 * a connection of its own, hands them on and listens again after its connection is terminated.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class CaseChangeFeedTest {

    private static final String OFFICE = "FIA-AHTC-LIVE";

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject GetCaseQuery getCase;
    @Inject PostgresCaseChangeFeed feed;
    @Inject AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url;
    @ConfigProperty(name = "quarkus.datasource.username") String user;
    @ConfigProperty(name = "quarkus.datasource.password") String password;

    private final Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(OFFICE));
    private final Actor prosecutor = new Actor("pros-" + UUID.randomUUID(), Set.of(Role.PROSECUTOR), Optional.empty());

    private CaseId registered() {
        return register.registerCase(new RegisterCaseUseCase.Command(investigator,
                new FirNumber("FIR-" + UUID.randomUUID().toString().substring(0, 8)), new FiaCircle(OFFICE),
                LocalDate.of(2017, 3, 1), Set.of(StatuteCode.of("PACHTO-3")))).id();
    }

    private void startInvestigation(CaseId id) {
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(investigator, id, Optional.empty(),
                LocalDate.of(2017, 3, 2)));
    }

    /** What a second listener on the channel hears, in order, until the time is up. */
    private static List<String> heard(Connection listener, Duration within) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long end = System.currentTimeMillis() + within.toMillis();
        while (System.currentTimeMillis() < end) {
            PGNotification[] arrived = listener.unwrap(PGConnection.class).getNotifications(100);
            if (arrived != null) {
                for (PGNotification n : arrived) {
                    payloads.add(n.getParameter());
                }
            }
        }
        return payloads;
    }

    private Connection listener() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PostgresCaseChangeFeed.CHANNEL);
        }
        return c;
    }

    @Test
    void a_committed_change_is_announced_with_its_case_version_and_events_and_a_refusal_or_a_read_is_not() throws SQLException {
        try (Connection listener = listener()) {
            CaseId id = registered();
            // A registration also assigns its registering investigator as the lead: one line per event.
            assertThat(heard(listener, Duration.ofMillis(500))).containsExactly(id + ":1:FirRegistered",
                    id + ":1:CaseAssigned");

            startInvestigation(id);
            assertThat(heard(listener, Duration.ofMillis(500))).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).startsWith(id + ":2:"))
                    .contains(id + ":2:InvestigationStarted");

            assertThatThrownBy(() -> startInvestigation(id)).isInstanceOf(InvariantViolation.class);
            assertThatThrownBy(() -> getCase.getCase(prosecutor, id)).as("a refused read, audited")
                    .isInstanceOf(CaseNotFound.class);
            getCase.getCase(investigator, id);
            assertThat(heard(listener, Duration.ofMillis(500))).as("nothing changed").isEmpty();
        }
    }

    @Test
    void the_feed_hands_changes_on_and_listens_again_after_its_connection_is_terminated() throws Exception {
        List<CaseChange> handed = new CopyOnWriteArrayList<>();
        feed.deliverTo(handed::addAll);
        CaseId first = registered();
        await(() -> handed.contains(new CaseChange(first, 1, "FirRegistered")));
        long opened = feed.connections();

        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where application_name = '" + PostgresCaseChangeFeed.APPLICATION_NAME + "'")) {
            r.next();
            assertThat(r.getInt(1)).as("one listening connection per instance").isEqualTo(1);
        }
        await(() -> feed.connections() > opened);
        CaseId second = registered();
        await(() -> handed.contains(new CaseChange(second, 1, "FirRegistered")));
        assertThat(handed).doesNotHaveDuplicates();
    }

    @Test
    void an_announcement_that_names_no_change_is_ignored() {
        assertThat(PostgresCaseChangeFeed.parse(UUID.randomUUID() + ":3:HearingRecorded")).isPresent();
        assertThat(PostgresCaseChangeFeed.parse("not-a-uuid:3:HearingRecorded")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse(UUID.randomUUID() + ":0:HearingRecorded")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse(UUID.randomUUID() + ":x:HearingRecorded")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse(UUID.randomUUID() + ":3:Hearing:Recorded")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse(UUID.randomUUID() + ":3:")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse("")).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse(null)).isEmpty();
        assertThat(PostgresCaseChangeFeed.parse("x".repeat(201))).isEmpty();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
