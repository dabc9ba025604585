package org.insaf.adapters.persistence.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes a signed checkpoint of the audit chain's head outside the database at start, every
 * {@code insaf.audit.checkpoint-interval} (default 60 s) while the chain grows, and at shutdown. An
 * entry removed from the tail or rewritten after a checkpoint no longer matches it; only what was
 * appended since the last checkpoint is unvouched for. Commands that must not write (the verifier)
 * set {@code insaf.audit.checkpoints-enabled=false}.
 */
@ApplicationScoped
public class AuditCheckpointer {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointer.class);

    private final PostgresAuditLog audit;
    private final AuditSealing sealing;
    private final Duration interval;
    private final boolean enabled;
    private ScheduledExecutorService timer;

    @Inject
    public AuditCheckpointer(PostgresAuditLog audit, AuditSealing sealing,
                             @ConfigProperty(name = "insaf.audit.checkpoint-interval", defaultValue = "60S") Duration interval,
                             @ConfigProperty(name = "insaf.audit.checkpoints-enabled", defaultValue = "true") boolean enabled) {
        this.audit = audit;
        this.sealing = sealing;
        this.interval = interval;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        checkpoint();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "insaf-audit-checkpoint");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(1_000, interval.toMillis());
        timer.scheduleWithFixedDelay(this::checkpointOrLog, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stopping) {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        checkpointOrLog();
    }

    private void checkpointOrLog() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // The next checkpoint retries; until one is written the newest entries are unvouched for.
            LOG.errorf(e, "No audit checkpoint could be written to %s", sealing.checkpoints().path());
        }
    }

    /**
     * Writes a checkpoint of the chain's head unless the last one already records it; says whether
     * the entry the last checkpoint recorded is still there (an alarm, not a refusal: `audit verify`
     * names the fault).
     */
    public synchronized Optional<AuditCheckpoint> checkpoint() {
        PostgresAuditLog.ChainHead head = audit.head();
        Optional<AuditCheckpoint> last = sealing.checkpoints().last();
        if (last.isPresent()) {
            AuditCheckpoint previous = last.get();
            if (!audit.hashAt(previous.sequence()).filter(previous.hash()::equals).isPresent()) {
                LOG.errorf("The audit chain no longer holds entry %d as the checkpoint of %s recorded it: run `audit verify`",
                        previous.sequence(), previous.at());
            }
            if (previous.sequence() == head.sequence() && previous.hash().equals(head.hash())) {
                return Optional.empty();
            }
        }
        long keyedFrom = last.map(AuditCheckpoint::keyedFrom)
                .orElse(head.firstKeyed().orElse(head.sequence() + 1));
        AuditCheckpoint checkpoint = AuditCheckpoint.signed(head.sequence(), head.hash(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), keyedFrom, sealing.key());
        sealing.checkpoints().append(checkpoint);
        return Optional.of(checkpoint);
    }
}
