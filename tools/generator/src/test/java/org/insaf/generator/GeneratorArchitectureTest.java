package org.insaf.generator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The generator is a client of the service: it drives the use cases, and the service knows nothing of it. */
class GeneratorArchitectureTest {

    private static final JavaClasses INSAF = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.insaf");

    @Test
    void the_generator_drives_the_use_cases_and_never_an_adapter_or_a_service_directly() {
        noClasses().that().resideInAPackage("org.insaf.generator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.insaf.adapters..", "org.insaf.application.service..")
                .because("generated data must pass every rule, access check and audit entry the API's commands pass")
                .check(INSAF);
        assertThat(INSAF.stream().filter(c -> c.getPackageName().equals("org.insaf.generator"))).isNotEmpty();
    }

    @Test
    void nothing_of_the_service_depends_on_the_generator() {
        noClasses().that().resideOutsideOfPackage("org.insaf.generator..")
                .should().dependOnClassesThat().resideInAPackage("org.insaf.generator..")
                .because("the generator is a tool beside the service, not part of it")
                .check(INSAF);
        assertThat(INSAF.stream().filter(c -> c.getPackageName().startsWith("org.insaf.bootstrap"))).isNotEmpty();
    }
}
