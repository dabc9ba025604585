package org.insaf.bootstrap;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.insaf.adapters.persistence.embedded.IdentityKeyFile;
import org.insaf.bootstrap.audit.AuditCommand;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.generator.GenerateCommand;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Starts the embedded default (PostgreSQL and Keycloak) unless the configuration points at
 * external ones, then the application. Both are stopped when the application stops.
 *
 * <p>{@code generate [options]} runs the data generator instead of the service: it needs the
 * database only, so no Keycloak starts, OIDC is off and the HTTP server listens on a free loopback
 * port; the process exits when the data is in. {@code audit verify} checks the audit chain the same
 * way (database only) and exits with the outcome.
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
        boolean generate = args.length > 0 && GenerateCommand.NAME.equals(args[0]);
        boolean audit = args.length > 0 && AuditCommand.NAME.equals(args[0]);
        Path dataDir = Path.of(EmbeddedInfrastructure.systemConfig("insaf.data-dir").orElse(".run-data"))
                .toAbsolutePath();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir, true,
                EmbeddedInfrastructure::systemConfig, !generate && !audit);
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
        if (infrastructure.embedsAnything() && EmbeddedInfrastructure.systemConfig("quarkus.http.host").isEmpty()) {
            // The embedded default is for one machine (demo users, published passwords): loopback
            // only, unless QUARKUS_HTTP_HOST says otherwise.
            System.setProperty("quarkus.http.host", "127.0.0.1");
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
        if (audit) {
            AuditCommand.configureCommandMode();
            Quarkus.run(AuditCommand.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (generate) {
            GenerateCommand.configureCommandMode();
            Quarkus.run(GenerateCommand.class, Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        infrastructure.keycloak().ifPresent(keycloak -> {
            System.setProperty("insaf.embedded.token-url", keycloak.tokenUrl());
            System.setProperty("insaf.embedded.data-dir", dataDir.toString());
        });
        Quarkus.run(args);
    }
}
