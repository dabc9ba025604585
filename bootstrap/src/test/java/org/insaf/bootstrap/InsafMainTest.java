package org.insaf.bootstrap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's command line: no arguments, or the audit or identity command; anything else is refused before anything starts. */
class InsafMainTest {

    @Test
    void the_service_and_the_audit_command_are_accepted() {
        assertThat(InsafMain.refusal()).isEmpty();
        assertThat(InsafMain.refusal("audit", "verify")).isEmpty();
        assertThat(InsafMain.refusal("identity", "rekey")).isEmpty();
    }

    @Test
    void the_generator_is_no_longer_a_command_of_the_service_and_the_refusal_says_where_it_went() {
        assertThat(InsafMain.refusal("generate", "--profile", "small")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("unknown command: generate")
                .contains("tools/generator/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void any_other_argument_is_refused_rather_than_ignored() {
        assertThat(InsafMain.refusal("--port", "9090")).hasValueSatisfying(message -> assertThat(message)
                .isEqualTo("unknown command: --port (the service takes no arguments; `audit verify` checks the audit log)"));
        assertThat(InsafMain.refusal("")).isPresent();
    }
}
