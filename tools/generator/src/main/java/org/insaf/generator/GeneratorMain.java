package org.insaf.generator;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.insaf.bootstrap.InsafMain;

/**
 * The generator's entry point: the service's application on the service's data folder
 * ({@code insaf.data-dir}, its embedded PostgreSQL, roles and keys, started as the service starts
 * them), running {@link GenerateCommand} instead of serving. It needs the database only: no
 * Keycloak starts.
 */
@QuarkusMain(name = "generator")
public final class GeneratorMain {

    private GeneratorMain() {
    }

    public static void main(String... args) {
        InsafMain.startEmbedded(InsafMain.dataDir(), false);
        GenerateCommand.configureCommandMode();
        Quarkus.run(GenerateCommand.class, args);
    }
}
