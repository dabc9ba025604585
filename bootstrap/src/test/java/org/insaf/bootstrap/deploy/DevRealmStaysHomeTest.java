package org.insaf.bootstrap.deploy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.embedded.EmbeddedKeycloak;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev realm (keycloak/insaf-realm.json: demo users with published passwords, the dev client
 * secret) is read by the embedded default's own Keycloak only. Nothing a deployment runs refers to
 * it: not the configuration outside the dev and test profiles, not a manifest (the deployed
 * Keycloak imports deploy/kubernetes' realm, without users: KubernetesManifestsTest), and the
 * deployment names its Keycloak, so InsafMain starts none of its own; the service does not serve
 * the file either.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class DevRealmStaysHomeTest {

    private static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");
    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final List<String> DEV_MARKS = List.of("insaf-realm.json", EmbeddedKeycloak.DEV_CLIENT_SECRET, "dev-password");

    @Test
    void the_production_configuration_does_not_refer_to_the_dev_realm() throws IOException {
        for (String line : Files.readAllLines(PROPERTIES)) {
            String setting = line.strip();
            if (setting.isEmpty() || setting.startsWith("#") || setting.startsWith("%dev.") || setting.startsWith("%test.")) {
                continue;
            }
            for (String mark : DEV_MARKS) {
                assertThat(setting).as(PROPERTIES + ": " + setting).doesNotContain(mark);
            }
            assertThat(setting).as("no Dev Service may import a realm").doesNotContain("devservices.realm-path")
                    .doesNotContain("devservices.enabled=true");
        }
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // A comment may say where the deployed realm comes from; no setting may read the file.
                for (String line : Files.readAllLines(file)) {
                    if (!line.strip().startsWith("#")) {
                        for (String mark : DEV_MARKS) {
                            assertThat(line).as(file + ": " + line).doesNotContain(mark);
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_deployment_names_its_keycloak_so_the_service_starts_none_of_its_own() throws IOException {
        String configMap = Files.readString(DEPLOY.resolve("kubernetes").resolve("configmap.yaml"));
        assertThat(configMap).containsPattern("(?m)^\\s+QUARKUS_OIDC_AUTH_SERVER_URL: \"https://[^\"/]+/realms/insaf\"$");
    }

    @Test
    void the_service_does_not_serve_the_dev_realm() {
        for (String path : List.of("/keycloak/insaf-realm.json", "/insaf-realm.json", "/META-INF/resources/keycloak/insaf-realm.json")) {
            assertThat(given().when().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }
}
