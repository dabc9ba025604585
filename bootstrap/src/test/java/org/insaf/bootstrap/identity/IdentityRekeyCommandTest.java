package org.insaf.bootstrap.identity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `identity rekey`'s command line: bad arguments are refused with the usage and exit 2 before
 * anything is touched (no database here: the command has no rekeying to call). What the rekey does
 * to the rows is proven on the database by adapters-persistence's IdentityKeyRotationTest.
 */
class IdentityRekeyCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new IdentityCommand().execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bad_arguments_are_refused_with_the_usage_and_exit_2() {
        for (String[] args : new String[][] {{}, {"rotate"}, {"rekey", "--batch-size"}, {"rekey", "--batch-size", "0"},
                {"rekey", "--batch-size", "10001"}, {"rekey", "--batch-size", "ten"}, {"rekey", "extra"},
                {"rekey", "--size", "5"}, {"rekey", "--batch-size", "-5"}}) {
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("unknown identity command: ").contains("usage: ").contains("identity rekey");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void help_names_the_keys_it_needs() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("insaf.identity.previous-keys").contains("insaf.identity.key-id");
    }
}
