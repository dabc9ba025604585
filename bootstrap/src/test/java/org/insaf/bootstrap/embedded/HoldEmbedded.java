package org.insaf.bootstrap.embedded;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded default without the application, in a process of its own, for
 * KillAndRestartTest: starts on a data folder as the run command does, prints where its servers
 * are, and holds them until stopped (SIGTERM stops them; SIGKILL leaves them behind).
 */
public final class HoldEmbedded {

    private HoldEmbedded() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir, true,
                key -> key.startsWith("quarkus.") ? Optional.empty() : EmbeddedInfrastructure.systemConfig(key));
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "hold-embedded-stop"));
        System.out.println("READY " + infrastructure.keycloak().orElseThrow().realmUrl() + " "
                + infrastructure.database().orElseThrow().port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
