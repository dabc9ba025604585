package org.insaf.bootstrap;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.insaf.adapters.persistence.embedded.IdentityKeyFile;
import org.insaf.bootstrap.audit.AuditCommand;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.identity.IdentityCommand;
import sun.misc.Signal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the embedded default (PostgreSQL and Keycloak) unless the configuration points at
 * external ones, then the application. Both are stopped when the application stops.
 *
 * <p>{@code audit verify} checks the audit chain instead of running the service: it needs the
 * database only, so no Keycloak starts, and the process exits with the outcome. {@code identity
 * rekey} likewise re-encrypts the stored identities under the current identity key.
 *
 * <p>Keys and the checkpoint file default to the data folder (made on first use, owner-only); a
 * deployment sets them (INSAF_IDENTITY_KEY, INSAF_AUDIT_KEY, INSAF_AUDIT_CHECKPOINT_FILE).
 */
@QuarkusMain
public final class InsafMain {

    InsafMain() {
    }

    public static void main(String... args) {
        if (ApplicationLifecycleManager.isAppCDSGeneration()) {
            // The build starts the application once to record the classes it loads (the AppCDS
            // archive); Quarkus stops it before anything connects, so nothing embedded is needed.
            Quarkus.run(args);
            return;
        }
        Optional<String> refused = refusal(args);
        if (refused.isPresent()) {
            System.err.println(refused.get());
            System.exit(2);
        }
        boolean audit = args.length > 0 && AuditCommand.NAME.equals(args[0]);
        boolean identity = args.length > 0 && IdentityCommand.NAME.equals(args[0]);
        Path dataDir = dataDir();
        EmbeddedInfrastructure infrastructure = startEmbedded(dataDir, !audit && !identity);
        if (audit) {
            AuditCommand.configureCommandMode();
            Quarkus.run(AuditCommand.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (identity) {
            IdentityCommand.configureCommandMode();
            Quarkus.run(IdentityCommand.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        infrastructure.keycloak().ifPresent(keycloak -> {
            System.setProperty("insaf.embedded.token-url", keycloak.tokenUrl());
            System.setProperty("insaf.embedded.data-dir", dataDir.toString());
        });
        stopGracefullyOnSigterm();
        Quarkus.run(args);
    }

    /**
     * SIGTERM (Kubernetes, systemd, a balancer's operator) is the ordinary way to stop an instance:
     * the application stops as asked (readiness DOWN for quarkus.shutdown.delay, then requests in
     * flight finish within quarkus.shutdown.timeout) and the process exits 0, not the JVM's 143 of a
     * process killed by a signal, so that a supervisor tells a clean stop from a crash.
     */
    static void stopGracefullyOnSigterm() {
        Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
    }

    /**
     * Why the arguments are refused, if they are: the service takes none, and its commands are
     * {@code audit verify} and {@code identity rekey} (which check their own arguments). Anything
     * else would otherwise start the service as if nothing had been asked.
     */
    static Optional<String> refusal(String... args) {
        if (args.length == 0 || args[0].equals(AuditCommand.NAME) || args[0].equals(IdentityCommand.NAME)) {
            return Optional.empty();
        }
        String hint = args[0].equals("generate")
                ? "; the data generator is a tool of its own: java -jar tools/generator/target/quarkus-app/quarkus-run.jar --help"
                : "";
        return Optional.of("unknown command: " + args[0] + " (the service takes no arguments; `audit verify` checks the audit log"
                + hint + ")");
    }

    /** The data folder: {@code insaf.data-dir} (INSAF_DATA_DIR), by default {@code .run-data}. */
    public static Path dataDir() {
        return Path.of(EmbeddedInfrastructure.systemConfig("insaf.data-dir").orElse(".run-data")).toAbsolutePath();
    }

    /**
     * Starts the embedded default on the data folder (what the configuration does not point
     * elsewhere; Keycloak only when asked), stops it when the JVM stops, and sets what the
     * application reads: the servers' addresses and the data folder's keys and checkpoints. The
     * tools that work on a data folder (the data generator) start it the same way as the service.
     */
    public static EmbeddedInfrastructure startEmbedded(Path dataDir, boolean withKeycloak) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir, true,
                EmbeddedInfrastructure::systemConfig, withKeycloak);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Shutdown hooks run at once: stop the application first (or wait for its own hook to
            // finish stopping it), so that its last work, such as the shutdown audit checkpoint,
            // still has its database.
            try {
                Application application = Application.currentApplication();
                if (application != null) {
                    application.stop();
                }
            } catch (RuntimeException neverStarted) {
                // Nothing of the application to wait for: stop the servers all the same.
            } finally {
                infrastructure.close();
            }
        }, "insaf-embedded-stop"));
        infrastructure.quarkusConfig().forEach(System::setProperty);
        if (infrastructure.embedsAnything()) {
            // The embedded default is for one machine (demo users, published passwords), unless the
            // configuration says otherwise: loopback only; plain log lines for a person to read (a
            // deployment writes JSON lines for its collector); any query runs, as in development (a
            // deployment runs only the registered operations); no balancer to drain, so Ctrl-C stops it at once.
            Map.of("quarkus.http.host", "127.0.0.1",
                    "quarkus.log.console.json.enabled", "false",
                    "insaf.graphql.trusted-documents", "false",
                    "quarkus.shutdown.delay", "0S").forEach((key, value) -> {
                if (EmbeddedInfrastructure.systemConfig(key).isEmpty()) {
                    System.setProperty(key, value);
                }
            });
        }
        if (EmbeddedInfrastructure.systemConfig("insaf.identity.key").isEmpty()) {
            System.setProperty("insaf.identity.key", IdentityKeyFile.loadOrCreate(dataDir.resolve("identity.key")));
        }
        if (EmbeddedInfrastructure.systemConfig("insaf.audit.key").isEmpty()) {
            System.setProperty("insaf.audit.key", IdentityKeyFile.loadOrCreate(dataDir.resolve("audit.key")));
        }
        if (EmbeddedInfrastructure.systemConfig("insaf.audit.checkpoint-file").isEmpty()) {
            System.setProperty("insaf.audit.checkpoint-file", dataDir.resolve("audit-checkpoints").toString());
        }
        return infrastructure;
    }
}
