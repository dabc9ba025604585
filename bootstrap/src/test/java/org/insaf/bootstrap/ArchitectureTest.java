package org.insaf.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rule of the hexagon: adapters -> application -> domain, never outward. */
class ArchitectureTest {

    private static JavaClasses insaf;

    @BeforeAll
    static void importClasses() {
        insaf = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.insaf");
    }

    @Test
    void the_domain_is_plain_java() {
        noClasses().that().resideInAPackage("org.insaf.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "io.quarkus..", "org.hibernate..", "io.smallrye..",
                        "org.eclipse.microprofile..", "org.mapstruct..",
                        "org.insaf.application..", "org.insaf.adapters..", "org.insaf.bootstrap..")
                .because("the legal model must not depend on a framework or on an outer layer")
                .check(insaf);
    }

    @Test
    void the_domain_is_not_empty() {
        // Guards the rules above against passing on nothing when a package is renamed.
        assertThat(insaf.stream()
                .filter(c -> c.getPackageName().startsWith("org.insaf.domain"))).isNotEmpty();
        assertThat(insaf.stream()
                .filter(c -> c.getPackageName().startsWith("org.insaf.application"))).isNotEmpty();
    }

    @Test
    void the_application_uses_only_the_domain_and_the_cdi_and_transaction_apis() {
        noClasses().that().resideInAPackage("org.insaf.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.insaf.adapters..", "org.insaf.bootstrap..",
                        "io.quarkus..", "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..",
                        "org.mapstruct..")
                .because("use cases know ports, not SQL, HTTP, GraphQL or tokens")
                .check(insaf);
        noClasses().that().resideInAPackage("org.insaf.application..")
                .should().dependOnClassesThat(resideInAPackage("jakarta..")
                        .and(not(resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction.."))))
                .because("the application may use the CDI and transaction APIs and no other Jakarta API")
                .check(insaf);
    }

    @Test
    void persistence_entities_stay_inside_the_persistence_adapter() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("org.insaf.adapters.persistence..")
                .andShould().onlyBeAccessed().byClassesThat().resideInAPackage("org.insaf.adapters.persistence..")
                .because("entities are rows; everything past the port speaks the domain's language")
                .check(insaf);
        assertThat(insaf.stream().filter(c -> c.isAnnotatedWith("jakarta.persistence.Entity"))).hasSizeGreaterThan(10);
    }

    @Test
    void the_service_carries_no_class_of_the_data_generator() {
        // The generator is a tool of its own (tools/generator); the service's jar is what is deployed.
        assertThat(insaf.stream().filter(c -> c.getPackageName().startsWith("org.insaf.generator")
                || c.getPackageName().startsWith("org.insaf.bootstrap.generator"))).isEmpty();
        assertThat(insaf.stream().filter(c -> c.getPackageName().startsWith("org.insaf.bootstrap"))).isNotEmpty();
    }

    private static final List<String> ADAPTERS = List.of("persistence", "graphql", "export");

    @Test
    void adapters_do_not_know_each_other() {
        for (String adapter : ADAPTERS) {
            String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter))
                    .map(a -> "org.insaf.adapters." + a + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.insaf.adapters." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("org.insaf.bootstrap..")
                    .because("an adapter knows the application's ports only, so it can be added or removed alone")
                    .check(insaf);
            assertThat(insaf.stream().filter(c -> c.getPackageName().startsWith("org.insaf.adapters." + adapter)))
                    .as("classes of the %s adapter", adapter).isNotEmpty();
        }
    }

    @Test
    void the_export_adapter_drives_the_export_port_and_reads_nothing_but_de_identified_records() {
        noClasses().that().resideInAPackage("org.insaf.adapters.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.insaf.application.port.out..",
                        "org.insaf.application.casefile..", "org.insaf.domain.casefile..")
                .orShould().dependOnClassesThat().haveSimpleName("VictimIdentity")
                .because("an export sees the de-identified records of its port in, never a case or an identity")
                .check(insaf);
    }

    @Test
    void no_class_of_the_persistence_adapter_both_loads_cases_and_writes_events() {
        String writers = "org.insaf.adapters.persistence.casefile.write..";
        noClasses().that().resideInAPackage(writers)
                .should().dependOnClassesThat().haveSimpleNameStartingWith("StoredCases")
                .orShould().dependOnClassesThat().implement("org.insaf.application.port.out.CaseLoader")
                .orShould().dependOnClassesThat().implement("org.insaf.application.port.out.CaseFinder")
                .orShould().dependOnClassesThat().implement("org.insaf.application.port.out.VictimIdentityReader")
                .orShould().implement("org.insaf.application.port.out.CaseLoader")
                .orShould().implement("org.insaf.application.port.out.CaseFinder")
                .orShould().implement("org.insaf.application.port.out.VictimIdentityReader")
                .because("the writers of a case's events read no case: each writes the rows its event says")
                .check(insaf);
        noClasses().that().resideInAPackage("org.insaf.adapters.persistence..")
                .and().resideOutsideOfPackage(writers)
                .should().dependOnClassesThat().resideInAPackage(writers)
                .orShould().implement("org.insaf.application.port.out.CaseEventWriter")
                .because("what loads, lists or reads cases writes nothing")
                .check(insaf);
        assertThat(insaf.stream().filter(c -> c.getPackageName().equals("org.insaf.adapters.persistence.casefile.write")))
                .hasSizeGreaterThan(10);
    }
}
