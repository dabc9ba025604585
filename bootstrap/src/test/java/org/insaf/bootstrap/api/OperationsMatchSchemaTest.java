package org.insaf.bootstrap.api;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.insaf.adapters.graphql.engine.TrustedDocuments;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build check of trusted documents: every operation registered for the frontends
 * (src/main/resources/operations, listed in its index.txt) is one named operation, named as its
 * file, valid against the committed SDL (docs/schema.graphql, itself the served schema by
 * SchemaSnapshotTest). A change of the API that breaks a frontend's operation fails here.
 */
class OperationsMatchSchemaTest {

    private static final Path FOLDER = Path.of("src", "main", "resources", "operations");
    private static final Path SDL = Path.of("..", "docs", "schema.graphql");

    private static List<String> files() throws IOException {
        try (Stream<Path> listed = Files.list(FOLDER)) {
            return listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql")).sorted().toList();
        }
    }

    /**
     * The committed SDL as graphql-java reads it. SmallRye prints no declaration for its own scalars
     * (Date, DateTime, BigInteger), so those the SDL uses are declared here as plain scalars.
     */
    static GraphQLSchema schema() throws IOException {
        TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(SDL, StandardCharsets.UTF_8));
        for (String scalar : List.of("Date", "DateTime", "Time", "BigInteger", "BigDecimal", "Long")) {
            if (registry.getType(scalar).isEmpty() && !registry.scalars().containsKey(scalar)) {
                registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name(scalar).build());
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void the_index_lists_exactly_the_operation_files() throws IOException {
        List<String> index = Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
        assertThat(index).as("operations/index.txt").isEqualTo(files());
        assertThat(index).isNotEmpty();
    }

    @Test
    void every_operation_is_valid_against_the_committed_schema() throws IOException {
        GraphQLSchema schema = schema();
        List<String> problems = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (String file : files()) {
            String text = Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
            Document document = Parser.parse(text);
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            String expectedName = file.substring(0, file.length() - ".graphql".length());
            if (operations.size() != 1 || !expectedName.equals(operations.get(0).getName())) {
                problems.add(file + ": one operation named " + expectedName + " expected");
            }
            for (ValidationError error : new Validator().validateDocument(schema, document, Locale.ENGLISH)) {
                problems.add(file + ": " + error.getMessage());
            }
            hashes.add(TrustedDocuments.hash(text));
        }
        assertThat(problems).isEmpty();
        assertThat(hashes).hasSameSizeAs(files());
    }

    @Test
    void the_check_refuses_an_operation_the_schema_does_not_have() throws IOException {
        GraphQLSchema schema = schema();
        Document stale = Parser.parse("query Stale($id: String!) { case(id: $id) { id noSuchField } }");
        assertThat(new Validator().validateDocument(schema, stale, Locale.ENGLISH)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_service_registers_every_file_by_its_hash() throws IOException {
        assertThat(TrustedDocuments.load(getClass().getClassLoader())).hasSameSizeAs(files());
    }
}
