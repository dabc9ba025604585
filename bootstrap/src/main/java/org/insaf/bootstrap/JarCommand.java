package org.insaf.bootstrap;

import io.quarkus.runtime.QuarkusApplication;

import java.io.PrintStream;

/** A command of the jar (`audit verify`, `identity rekey`): its help, its refusal of bad arguments (exit 2), its outcome as the exit code. */
public abstract class JarCommand implements QuarkusApplication {

    /** What `--help` prints and a refusal repeats. */
    protected abstract String usage();

    /** Does what the arguments ask, which it checks itself (see {@link #refuse}). */
    protected abstract int perform(PrintStream out, PrintStream err, String... args);

    @Override
    public int run(String... args) {
        return execute(System.out, System.err, args);
    }

    public int execute(PrintStream out, PrintStream err, String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(usage());
            return 0;
        }
        return perform(out, err, args);
    }

    /** Arguments the command does not take: said, with the usage; exit 2. */
    protected int refuse(PrintStream err, String command, String... args) {
        err.println("unknown " + command + " command: " + String.join(" ", args));
        err.print(usage());
        return 2;
    }
}
