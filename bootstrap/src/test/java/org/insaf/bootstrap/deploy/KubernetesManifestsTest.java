package org.insaf.bootstrap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests of deploy/kubernetes are valid for the pinned versions (Kubernetes 1.34, CloudNativePG
 * 1.30.0, the Keycloak operator 26.0.0; {@link ManifestValidator}), hang together (every name one
 * refers to exists), and carry no secret. A deliberately broken copy of each kind of manifest
 * (src/test/resources/deploy-broken) is refused, naming what is wrong. No Quarkus start: a plain
 * test of files.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "deploy", "kubernetes");
    private static final Path BROKEN = Path.of("src", "test", "resources", "deploy-broken");
    private static final Path DEV_REALM = Path.of("src", "main", "resources", "keycloak", "insaf-realm.json");
    private static final Path CREATE_SECRETS = MANIFESTS.resolve("create-secrets.sh");

    private final ManifestValidator validator = new ManifestValidator();

    @Test
    void everyManifestIsValidForThePinnedVersions() {
        List<Path> files = ManifestValidator.yamlFiles(MANIFESTS);
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                assertThat(validator.problems(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void theKustomizationListsEveryManifestAndNothingElse() {
        JsonNode kustomization = ManifestValidator.documents(MANIFESTS.resolve("kustomization.yaml")).get(0);
        assertThat(kustomization.path("apiVersion").asText()).isEqualTo("kustomize.config.k8s.io/v1beta1");
        assertThat(kustomization.path("kind").asText()).isEqualTo("Kustomization");
        assertThat(kustomization.path("namespace").asText()).isEqualTo("insaf");
        Set<String> listed = new HashSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> present = new HashSet<>();
        ManifestValidator.yamlFiles(MANIFESTS).forEach(f -> present.add(f.getFileName().toString()));
        present.remove("kustomization.yaml");
        assertThat(listed).isEqualTo(present);
        assertThat(kustomization.path("images").get(0).path("name").asText()).isEqualTo(deployment().path("spec")
                .path("template").path("spec").path("containers").get(0).path("image").asText().split(":")[0]);
    }

    @Test
    void everyResourceIsInTheNamespaceAndLabelledAsPartOfInsaf() {
        for (JsonNode document : allDocuments()) {
            JsonNode metadata = document.path("metadata");
            String name = document.path("kind").asText() + " " + metadata.path("name").asText();
            if (!document.path("kind").asText().equals("Namespace")) {
                assertThat(metadata.path("namespace").asText()).as(name).isEqualTo("insaf");
            }
            assertThat(metadata.path("labels").path("app.kubernetes.io/part-of").asText()).as(name).isEqualTo("insaf");
        }
    }

    @Test
    void theNamesOneManifestRefersToExist() {
        Map<String, JsonNode> byKindAndName = new HashMap<>();
        allDocuments().forEach(d -> byKindAndName.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d));
        JsonNode deployment = deployment();
        JsonNode pod = deployment.path("spec").path("template");
        JsonNode labels = pod.path("metadata").path("labels");

        // The Deployment's selector, the Service's, the PodDisruptionBudget's select its pods.
        deployment.path("spec").path("selector").path("matchLabels").fields()
                .forEachRemaining(e -> assertThat(labels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
        byKindAndName.get("Service/insaf").path("spec").path("selector").fields()
                .forEachRemaining(e -> assertThat(labels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
        byKindAndName.get("PodDisruptionBudget/insaf").path("spec").path("selector").path("matchLabels").fields()
                .forEachRemaining(e -> assertThat(labels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
        JsonNode target = byKindAndName.get("HorizontalPodAutoscaler/insaf").path("spec").path("scaleTargetRef");
        assertThat(byKindAndName).containsKey(target.path("kind").asText() + "/" + target.path("name").asText());

        // Its ConfigMap, volume claim and probes' port exist; every Secret it reads is made by create-secrets.sh.
        JsonNode container = pod.path("spec").path("containers").get(0);
        container.path("envFrom").forEach(from ->
                assertThat(byKindAndName).containsKey("ConfigMap/" + from.path("configMapRef").path("name").asText()));
        pod.path("spec").path("volumes").forEach(volume -> {
            if (volume.has("persistentVolumeClaim")) {
                assertThat(byKindAndName).containsKey("PersistentVolumeClaim/" + volume.path("persistentVolumeClaim").path("claimName").asText());
            }
        });
        Set<String> ports = new HashSet<>();
        container.path("ports").forEach(p -> ports.add(p.path("name").asText()));
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(ports).as(probe).contains(container.path(probe).path("httpGet").path("port").asText());
            assertThat(container.path(probe).path("httpGet").path("path").asText()).as(probe).startsWith("/q/health/");
        }
        Set<String> made = secretsMadeByTheScript();
        List<String> read = new ArrayList<>();
        container.path("env").forEach(env -> {
            JsonNode ref = env.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                read.add(ref.path("name").asText());
            }
        });
        assertThat(read).isNotEmpty();
        assertThat(made).containsAll(read);
        // The operators' resources read their Secrets from the same script (or, for Keycloak's
        // database, from the one CloudNativePG makes for its cluster).
        JsonNode cluster = byKindAndName.get("Cluster/insaf-db").path("spec");
        assertThat(made).contains(cluster.path("bootstrap").path("initdb").path("secret").path("name").asText(),
                cluster.path("managed").path("roles").get(0).path("passwordSecret").path("name").asText(),
                byKindAndName.get("Keycloak/insaf-sso").path("spec").path("http").path("tlsSecret").asText());
        assertThat(byKindAndName.get("Keycloak/insaf-sso").path("spec").path("db").path("host").asText())
                .isEqualTo("insaf-sso-db-rw");
        assertThat(byKindAndName).containsKey("Cluster/insaf-sso-db");
        assertThat(byKindAndName.get("KeycloakRealmImport/insaf-realm").path("spec").path("keycloakCRName").asText())
                .isEqualTo("insaf-sso");
    }

    @Test
    void theServiceTalksToThePrimaryAsTheRolesTheDatabaseMakes() {
        Map<String, String> config = new HashMap<>();
        allDocuments().stream().filter(d -> d.path("kind").asText().equals("ConfigMap"))
                .forEach(d -> d.path("data").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText())));
        JsonNode cluster = allDocuments().stream()
                .filter(d -> d.path("kind").asText().equals("Cluster") && d.path("metadata").path("name").asText().equals("insaf-db"))
                .findFirst().orElseThrow().path("spec");
        assertThat(config.get("QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://insaf-db-rw.insaf.svc:5432/" + cluster.path("bootstrap").path("initdb").path("database").asText())
                .contains("targetServerType=primary");
        assertThat(config.get("QUARKUS_FLYWAY_USERNAME")).isEqualTo(cluster.path("bootstrap").path("initdb").path("owner").asText());
        assertThat(config.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(cluster.path("managed").path("roles").get(0).path("name").asText());
        // One primary and two standbys, a commit waiting for one of them.
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("postgresql").path("synchronous").path("number").asInt()).isEqualTo(1);
        assertThat(cluster.path("postgresql").path("synchronous").path("dataDurability").asText()).isEqualTo("required");
    }

    @Test
    void thePodRunsAsNoOneInParticularOnAReadOnlyRootFilesystem() {
        JsonNode spec = deployment().path("spec").path("template").path("spec");
        JsonNode container = spec.path("containers").get(0);
        assertThat(spec.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(spec.path("securityContext").path("runAsUser").asInt()).isPositive();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(container.path("securityContext").path("capabilities").path("drop").get(0).asText()).isEqualTo("ALL");
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
        assertThat(container.path("resources").path("requests").path("cpu").asText()).isNotEmpty();
    }

    @Test
    void noManifestCarriesASecretValue() throws IOException {
        for (JsonNode document : allDocuments()) {
            assertThat(document.path("kind").asText()).isNotEqualTo("Secret");
        }
        String devSecret = "insaf-api-dev-secret-not-for-production";
        for (Path file : ManifestValidator.yamlFiles(MANIFESTS)) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain(devSecret).doesNotContain("dev-password")
                    .doesNotContainIgnoringCase("password:").doesNotContain("credentials:");
        }
        // The script generates every value it stores, or reads it from the environment.
        for (String line : Files.readAllLines(CREATE_SECRETS)) {
            Matcher literal = Pattern.compile("--from-literal=([\\w-]+)=([^ \\\\]+)").matcher(line);
            while (literal.find()) {
                String key = literal.group(1);
                String value = literal.group(2);
                // A role's name and a key's id are names, not secrets.
                assertThat(value.startsWith("\"$(openssl") || value.startsWith("\"${") || key.equals("username")
                        || key.equals("identity-key-id") && value.matches("k\\d+"))
                        .as(line).isTrue();
            }
        }
    }

    @Test
    void theRealmImportIsTheDevRealmWithoutItsUsersAndWithItsClientSecretFromASecret() throws IOException {
        JsonNode imported = allDocuments().stream().filter(d -> d.path("kind").asText().equals("KeycloakRealmImport"))
                .findFirst().orElseThrow();
        JsonNode placeholder = imported.path("spec").path("placeholders").path("INSAF_API_CLIENT_SECRET").path("secret");
        assertThat(secretsMadeByTheScript()).contains(placeholder.path("name").asText());

        ObjectNode expected = (ObjectNode) new ObjectMapper().readTree(DEV_REALM.toFile());
        expected.remove("users");
        expected.path("clients").forEach(client -> {
            if (client.path("clientId").asText().equals("insaf-api")) {
                ((ObjectNode) client).put("secret", "${INSAF_API_CLIENT_SECRET}");
            }
            if (client.path("clientId").asText().equals("insaf-web")) {
                // The browser client's addresses are the deployment's frontend, never the dev realm's localhost.
                ObjectNode web = (ObjectNode) client;
                web.putArray("redirectUris").add("https://insaf.example.invalid/*");
                web.putArray("webOrigins").add("https://insaf.example.invalid");
                ((ObjectNode) web.path("attributes")).put("post.logout.redirect.uris", "https://insaf.example.invalid/*");
            }
        });
        assertThat(imported.path("spec").path("realm")).isEqualTo(expected);
        assertThat(imported.path("spec").path("realm").has("users")).isFalse();
    }

    /** A manifest with one mistake of each kind is refused, and the refusal names the mistake. */
    @Test
    void brokenManifestsAreRefusedNamingWhatIsWrong() {
        assertThat(validator.problems(BROKEN.resolve("deployment-misspelled-field.yaml")))
                .anySatisfy(p -> assertThat(p).contains("unknown field").contains("readinesProbe"));
        assertThat(validator.problems(BROKEN.resolve("deployment-wrong-type.yaml")))
                .anySatisfy(p -> assertThat(p).contains("does not fit the Kubernetes model"));
        assertThat(validator.problems(BROKEN.resolve("service-misplaced-field.yaml")))
                .anySatisfy(p -> assertThat(p).contains("unknown field").contains("targetPort"));
        assertThat(validator.problems(BROKEN.resolve("cluster-misspelled-field.yaml")))
                .anySatisfy(p -> assertThat(p).contains("synchronus"));
        assertThat(validator.problems(BROKEN.resolve("cluster-wrong-enum.yaml")))
                .anySatisfy(p -> assertThat(p).contains("method"));
        assertThat(validator.problems(BROKEN.resolve("cluster-missing-required.yaml")))
                .anySatisfy(p -> assertThat(p).contains("number"));
        assertThat(validator.problems(BROKEN.resolve("keycloak-unknown-field.yaml")))
                .anySatisfy(p -> assertThat(p).contains("hostnam"));
        assertThat(validator.problems(BROKEN.resolve("unknown-kind.yaml")))
                .anySatisfy(p -> assertThat(p).contains("no schema of the pinned versions"));
        assertThat(validator.problems(BROKEN.resolve("no-name.yaml")))
                .anySatisfy(p -> assertThat(p).contains("metadata.name is required"));
        // Every broken file is used above.
        assertThat(ManifestValidator.yamlFiles(BROKEN)).hasSize(9);
    }

    private static List<JsonNode> allDocuments() {
        List<JsonNode> documents = new ArrayList<>();
        for (Path file : ManifestValidator.yamlFiles(MANIFESTS)) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                documents.addAll(ManifestValidator.documents(file));
            }
        }
        return documents;
    }

    private static JsonNode deployment() {
        return allDocuments().stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
    }

    private static Set<String> secretsMadeByTheScript() {
        try {
            Set<String> made = new HashSet<>();
            Matcher m = Pattern.compile("create secret (?:generic|tls) ([\\w-]+)").matcher(Files.readString(CREATE_SECRETS));
            while (m.find()) {
                made.add(m.group(1));
            }
            return made;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
