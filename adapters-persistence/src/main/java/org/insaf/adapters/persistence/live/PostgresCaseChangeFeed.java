package org.insaf.adapters.persistence.live;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.insaf.application.casefile.live.CaseChange;
import org.insaf.application.port.out.CaseChangeFeed;
import org.insaf.domain.casefile.CaseId;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The committed changes of every case, as PostgreSQL announces them (V24: the audit entry of each
 * change NOTIFYs {@value #CHANNEL} at commit): one connection of its own per instance, outside the
 * pool the requests use, LISTENing on one thread. When the connection breaks (the server restarted,
 * the backend was terminated, the network went) it is opened again, waiting 0.5 s, then up to 10 s
 * between attempts; the changes committed while it was away are not announced (docs/subscriptions.md).
 */
@ApplicationScoped
public class PostgresCaseChangeFeed implements CaseChangeFeed {

    public static final String CHANNEL = "insaf_case_event";

    /** How the listening connection names itself in pg_stat_activity. */
    public static final String APPLICATION_NAME = "insaf-case-updates";

    private static final Logger LOG = Logger.getLogger(PostgresCaseChangeFeed.class);
    private static final int POLL_MILLIS = 1_000;
    // A server that vanished without closing the connection is noticed by a query, not by a wait.
    private static final long CHECK_MILLIS = 10_000;
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long LAST_RETRY_MILLIS = 10_000;
    private static final long FIRST_LISTEN_WAIT_MILLIS = 10_000;

    private final List<Consumer<List<CaseChange>>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private Thread thread;
    private volatile boolean stopping;
    private volatile Connection current;

    @Override
    public synchronized void deliverTo(Consumer<List<CaseChange>> listener) {
        listeners.add(listener);
        if (thread == null && !stopping) {
            thread = new Thread(this::listen, APPLICATION_NAME);
            thread.setDaemon(true);
            thread.start();
        }
        awaitFirstListen();
    }

    // The first follower is told of the changes committed after it started: so its start waits for
    // the LISTEN, for a while; a database that is away then is waited for by the thread, not here.
    private void awaitFirstListen() {
        try {
            if (!firstListen.await(FIRST_LISTEN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.warn("Not listening for case changes yet: the first updates may be missed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many announcements this instance has received from PostgreSQL. */
    public long received() {
        return received.get();
    }

    /** How many times the listening connection was opened (1 when it never broke). */
    public long connections() {
        return connections.get();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        Connection c = current;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException ignored) {
                // Shutting down: the connection goes with the process.
            }
        }
    }

    private void listen() {
        long retry = FIRST_RETRY_MILLIS;
        while (!stopping) {
            try (Connection c = connect()) {
                current = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                connections.incrementAndGet();
                firstListen.countDown();
                LOG.infof("Listening for case changes on %s", CHANNEL);
                retry = FIRST_RETRY_MILLIS;
                receive(c);
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                // No exception message: a driver's message may quote what it was running.
                LOG.warnf("The connection listening for case changes broke (%s); opening another in %d ms",
                        e.getClass().getSimpleName(), retry);
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            } finally {
                current = null;
            }
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (!stopping) {
            PGNotification[] arrived = pg.getNotifications(POLL_MILLIS);
            if (arrived != null && arrived.length > 0) {
                received.addAndGet(arrived.length);
                deliver(changes(arrived));
            }
            if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                checked = System.currentTimeMillis();
            }
        }
    }

    private void deliver(List<CaseChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (Consumer<List<CaseChange>> listener : listeners) {
            try {
                listener.accept(changes);
            } catch (RuntimeException e) {
                // The feed outlives a listener's failure (the database briefly away while it reads).
                LOG.warnf("Case changes could not be handed on (%s)", e.getClass().getName());
            }
        }
    }

    static List<CaseChange> changes(PGNotification[] arrived) {
        List<CaseChange> changes = new ArrayList<>(arrived.length);
        for (PGNotification n : arrived) {
            if (CHANNEL.equals(n.getName())) {
                parse(n.getParameter()).ifPresentOrElse(changes::add,
                        () -> LOG.warnf("An announcement on %s that names no case change was ignored", CHANNEL));
            }
        }
        return changes;
    }

    /** {@code <case id>:<version>:<event name>}, as V24 writes it; anything else is empty. */
    static Optional<CaseChange> parse(String payload) {
        if (payload == null || payload.length() > 200) {
            return Optional.empty();
        }
        String[] parts = payload.split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseChange(CaseId.of(parts[0]), Long.parseLong(parts[1]), parts[2]));
        } catch (RuntimeException notAChange) {
            return Optional.empty();
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("logServerErrorDetail", "false");
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Connection c = new org.postgresql.Driver().connect(url, properties);
        if (c == null) {
            throw new SQLException("the datasource URL is not a PostgreSQL one");
        }
        c.setAutoCommit(true);
        return c;
    }
}
