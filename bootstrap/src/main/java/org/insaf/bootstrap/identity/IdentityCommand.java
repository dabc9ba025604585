package org.insaf.bootstrap.identity;

import jakarta.inject.Inject;
import org.insaf.adapters.persistence.identity.IdentityRekeying;
import org.insaf.adapters.persistence.identity.UnknownIdentityKey;
import org.insaf.bootstrap.CommandMode;
import org.insaf.bootstrap.JarCommand;
import org.insaf.bootstrap.embedded.EmbeddedInfrastructure;

import java.io.PrintStream;

/**
 * {@code identity rekey}: re-encrypts every stored victim identity and every victim's particulars
 * under the current identity key, in batches, beside the running service; prints what it moved and
 * what it left. Exit 0 when no row is left on another key, 1 when some are (an edit held them, or an
 * instance with the older configuration sealed them since: run it again) or a row's key is not held,
 * 2 on bad arguments.
 */
public class IdentityCommand extends JarCommand {

    public static final String NAME = "identity";

    static final int DEFAULT_BATCH = 500;

    static final String USAGE = """
            usage: java -jar bootstrap/target/quarkus-app/quarkus-run.jar identity rekey [--batch-size N]
              re-encrypts every victim identity and particulars row not on the current key
              (insaf.identity.key, id insaf.identity.key-id) with the key that sealed it
              (insaf.identity.previous-keys), N rows a transaction (default 500, at most 10000);
              safe while the service runs; connects as the schema's owner (quarkus.flyway.username);
              one audit entry per batch;
              exit 0: every row on the current key, 1: rows left (named by key id), 2: bad arguments
            """;

    @Inject
    IdentityRekeying rekeying;

    /**
     * The command connects as the schema's owner (the Flyway role): the service's own role may only
     * insert identities (V10), never rewrite them, and keeps that limit while the command runs beside
     * it. It migrates nothing: the service's rollout does, with the placeholders of the service's role.
     */
    public static void configureCommandMode() {
        CommandMode.configure();
        EmbeddedInfrastructure.systemConfig("quarkus.flyway.username")
                .ifPresent(owner -> System.setProperty("quarkus.datasource.username", owner));
        EmbeddedInfrastructure.systemConfig("quarkus.flyway.password")
                .ifPresent(password -> System.setProperty("quarkus.datasource.password", password));
        System.setProperty("quarkus.flyway.migrate-at-start", "false");
    }

    @Override
    protected String usage() {
        return USAGE;
    }

    @Override
    protected int perform(PrintStream out, PrintStream err, String... args) {
        int batch = DEFAULT_BATCH;
        boolean rekey = args.length >= 1 && args[0].equals("rekey");
        if (rekey && args.length == 3 && args[1].equals("--batch-size")) {
            batch = batchSize(args[2]);
        } else if (!rekey || args.length != 1) {
            batch = -1;
        }
        if (batch < 1 || batch > IdentityRekeying.MAX_BATCH) {
            return refuse(err, NAME, args);
        }
        try {
            IdentityRekeying.Report report = rekeying.rekey(batch);
            (report.left() == 0 ? out : err).println(report.describe());
            return report.left() == 0 ? 0 : 1;
        } catch (UnknownIdentityKey e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int batchSize(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
