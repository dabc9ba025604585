package org.insaf.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;
import org.insaf.bootstrap.embedded.IdentityKeyFile;

import java.nio.file.Path;

/**
 * Starts the embedded default (PostgreSQL and Keycloak) unless the configuration points at
 * external ones, then the application. Both are stopped when the application stops.
 */
@QuarkusMain
public final class InsafMain {

    InsafMain() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(EmbeddedInfrastructure.systemConfig("insaf.data-dir").orElse(".run-data"))
                .toAbsolutePath();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir, true,
                EmbeddedInfrastructure::systemConfig);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "insaf-embedded-stop"));
        infrastructure.quarkusConfig().forEach(System::setProperty);
        if (EmbeddedInfrastructure.systemConfig("insaf.identity.key").isEmpty()) {
            System.setProperty("insaf.identity.key", IdentityKeyFile.loadOrCreate(dataDir.resolve("identity.key")));
        }
        infrastructure.keycloak().ifPresent(keycloak -> {
            System.setProperty("insaf.embedded.token-url", keycloak.tokenUrl());
            System.setProperty("insaf.embedded.data-dir", dataDir.toString());
        });
        Quarkus.run(args);
    }
}
