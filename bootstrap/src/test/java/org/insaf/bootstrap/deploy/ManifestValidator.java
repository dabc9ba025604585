package org.insaf.bootstrap.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks Kubernetes manifests offline, as the API server of the pinned versions would:
 * <ul>
 * <li>Kubernetes' own kinds are read into fabric8's typed model of the Kubernetes 1.34 API
 * (kubernetes-model 7.5.2). The model keeps a field it does not know in {@code additionalProperties}
 * instead of refusing it, so every object of the read graph is searched for one: a misspelled or
 * misplaced field is an error here, as it is for {@code kubectl apply --validate=strict}. A value
 * of the wrong type fails the reading itself.</li>
 * <li>The operators' kinds (CloudNativePG's Cluster and ScheduledBackup, Keycloak's Keycloak and
 * KeycloakRealmImport) are validated against the {@code openAPIV3Schema} of their published CRDs
 * (src/test/resources/kubernetes-schemas), made strict the same way: an object schema that lists
 * its properties admits no other, unless it says {@code x-kubernetes-preserve-unknown-fields}.
 * Types, enums, required fields, patterns and bounds are checked; the CRDs' CEL rules
 * ({@code x-kubernetes-validations}) are not, as they need an API server.</li>
 * </ul>
 * Any other apiVersion and kind is an error: nothing goes to a cluster unchecked.
 */
final class ManifestValidator {

    /** A CRD of the pinned operator versions, by apiVersion and kind. */
    private static final Map<String, String> CRD_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1 Cluster", "cnpg-1.30.0-clusters.yaml",
            "postgresql.cnpg.io/v1 ScheduledBackup", "cnpg-1.30.0-scheduledbackups.yaml",
            "k8s.keycloak.org/v2alpha1 Keycloak", "keycloak-26.0.0-keycloaks.yaml",
            "k8s.keycloak.org/v2alpha1 KeycloakRealmImport", "keycloak-26.0.0-keycloakrealmimports.yaml");

    private static final Map<String, Class<?>> KUBERNETES_KINDS = Map.of(
            "v1 Namespace", Namespace.class,
            "v1 ConfigMap", ConfigMap.class,
            "v1 Service", Service.class,
            "v1 PersistentVolumeClaim", PersistentVolumeClaim.class,
            "apps/v1 Deployment", Deployment.class,
            "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private final Map<String, JsonSchema> schemas = new java.util.HashMap<>();

    /** The documents of a YAML file (several when separated by {@code ---}). */
    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a file's documents, one line each, naming the document and the path; empty when nothing is. */
    List<String> problems(Path file) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> documents;
        try {
            documents = documents(file);
        } catch (UncheckedIOException e) {
            return List.of(file.getFileName() + ": not YAML: " + e.getCause().getMessage());
        }
        for (JsonNode document : documents) {
            String type = document.path("apiVersion").asText() + " " + document.path("kind").asText();
            String name = file.getFileName() + " " + type + " " + document.path("metadata").path("name").asText("(no name)");
            if (document.path("metadata").path("name").asText().isEmpty()) {
                problems.add(name + ": metadata.name is required");
            }
            if (KUBERNETES_KINDS.containsKey(type)) {
                typedProblems(document, KUBERNETES_KINDS.get(type)).forEach(p -> problems.add(name + ": " + p));
            } else if (CRD_SCHEMAS.containsKey(type)) {
                for (ValidationMessage message : schema(CRD_SCHEMAS.get(type)).validate(document)) {
                    problems.add(name + ": " + message.getMessage());
                }
            } else {
                problems.add(name + ": no schema of the pinned versions knows this apiVersion and kind");
            }
        }
        return problems;
    }

    private static List<String> typedProblems(JsonNode document, Class<?> kind) {
        Object resource;
        try {
            resource = YAML.treeToValue(document, kind);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of("does not fit the Kubernetes model: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(resource, "", problems, new IdentityHashMap<>());
        return problems;
    }

    /** Every field the typed model did not recognise, anywhere in the object graph, by its path. */
    private static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    unknown.keySet().forEach(key -> problems.add("unknown field " + (path.isEmpty() ? "" : path.substring(1) + ".") + key));
                }
                continue;
            }
            String property = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(field, path + "." + property, problems, seen);
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }

    private JsonSchema schema(String crdFile) {
        return schemas.computeIfAbsent(crdFile, file -> {
            try (InputStream in = ManifestValidator.class.getResourceAsStream("/kubernetes-schemas/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing CRD " + file);
                }
                JsonNode crd = YAML.readTree(in);
                ObjectNode schema = (ObjectNode) crd.path("spec").path("versions").get(0).path("schema").path("openAPIV3Schema");
                // Every object has these, whether its CRD lists them or not (the API server adds them).
                ObjectNode properties = schema.with("properties");
                properties.putIfAbsent("apiVersion", YAML.createObjectNode().put("type", "string"));
                properties.putIfAbsent("kind", YAML.createObjectNode().put("type", "string"));
                properties.putIfAbsent("metadata", YAML.createObjectNode().put("type", "object"));
                strict(schema);
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Closes every object schema that lists its properties, as the API server's pruning would drop the rest. */
    private static void strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            // Kubernetes' own keywords (list and map types, CEL rules, int-or-string) are not JSON
            // Schema; the validator would only warn about each.
            object.remove(object.properties().stream().map(Map.Entry::getKey)
                    .filter(k -> k.startsWith("x-kubernetes-")).toList());
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                strict(it.next());
            }
        } else if (schema != null && schema.isArray()) {
            schema.forEach(ManifestValidator::strict);
        }
    }

    /** The YAML files of a folder, in name order. */
    static List<Path> yamlFiles(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> kinds() {
        Set<String> kinds = new java.util.TreeSet<>(KUBERNETES_KINDS.keySet());
        kinds.addAll(CRD_SCHEMAS.keySet());
        return kinds;
    }
}
