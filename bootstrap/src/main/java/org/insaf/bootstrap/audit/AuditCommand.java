package org.insaf.bootstrap.audit;

import jakarta.inject.Inject;
import org.insaf.adapters.persistence.audit.AuditChainReport;
import org.insaf.adapters.persistence.audit.PostgresAuditLog;
import org.insaf.bootstrap.CommandMode;
import org.insaf.bootstrap.JarCommand;

import java.io.PrintStream;

/**
 * {@code audit verify}: checks the audit chain against the audit key and the checkpoints kept
 * outside the database, prints the outcome, and exits 0 when every entry fits, 1 naming the first
 * that does not (a rewritten entry, a removed tail), 2 on bad arguments.
 */
public class AuditCommand extends JarCommand {

    public static final String NAME = "audit";

    static final String USAGE = """
            usage: java -Dinsaf.data-dir=DIR -jar bootstrap/target/quarkus-app/quarkus-run.jar audit verify
              checks every audit entry's link and seal (the audit key: insaf.audit.key, or DIR/audit.key)
              and every checkpoint (insaf.audit.checkpoint-file, or DIR/audit-checkpoints);
              exit 0: intact, 1: the first entry that does not fit is named, 2: bad arguments
            """;

    @Inject
    PostgresAuditLog audit;

    /** The verifier reads only: it writes no checkpoint of its own, so it cannot vouch for what it checks. */
    public static void configureCommandMode() {
        CommandMode.configure();
        System.setProperty("insaf.audit.checkpoints-enabled", "false");
    }

    @Override
    protected String usage() {
        return USAGE;
    }

    @Override
    protected int perform(PrintStream out, PrintStream err, String... args) {
        if (args.length != 1 || !args[0].equals("verify")) {
            return refuse(err, NAME, args);
        }
        AuditChainReport report = audit.verifyAuditChain();
        (report.intact() ? out : err).println(report.describe());
        return report.intact() ? 0 : 1;
    }
}
