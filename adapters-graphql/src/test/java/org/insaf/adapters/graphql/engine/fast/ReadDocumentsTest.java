package org.insaf.adapters.graphql.engine.fast;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.insaf.adapters.graphql.engine.QueryCost;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fast path pays for a document before it hands it to SmallRye: a document over the limits
 * is parsed and measured, never validated (SmallRye refuses it before its own validation), so an
 * alias bomb costs the fast path one parse, not a validation of its hundreds of fields.
 */
class ReadDocumentsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { cases(first: Int): [Case] }
            type Case { id: ID, court: String }
            """), RuntimeWiring.newRuntimeWiring().build());
    private static final Predicate<QueryCost.Measure> WITHIN = m -> m.cost() <= 1_000;

    private static String aliases(int count, int first) {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            q.append(" c").append(i).append(": cases(first: ").append(first).append(") { id court }");
        }
        return q.append(" }").toString();
    }

    @Test
    void a_document_over_the_limits_is_handed_on_unvalidated_and_one_within_them_is_validated_once() {
        ReadDocuments documents = new ReadDocuments(SCHEMA, Set.of("cases"), WITHIN);
        long before = ReadDocuments.validations();

        String bomb = aliases(100, 100);
        assertThat(documents.bind(bomb, null, Map.of())).isNull();
        assertThat(documents.bind(bomb, null, Map.of())).isNull();
        assertThat(ReadDocuments.validations()).as("the bomb is measured, not validated").isEqualTo(before);

        String page = "query($n: Int) { cases(first: $n) { id court } }";
        documents.bind(page, null, Map.of("n", 5));
        documents.bind(page, null, Map.of("n", 7));
        assertThat(ReadDocuments.validations()).as("validated once, then kept").isEqualTo(before + 1);

        // The same document with variables that take it over the limits: handed on, its validation kept for later.
        assertThat(documents.bind(page, null, Map.of("n", 100_000))).isNull();
        assertThat(ReadDocuments.validations()).isEqualTo(before + 1);
    }

    @Test
    void an_invalid_document_within_the_limits_is_handed_on() {
        ReadDocuments documents = new ReadDocuments(SCHEMA, Set.of("cases"), WITHIN);
        assertThat(documents.bind("{ cases(first: 2) { id nosuchfield } }", null, Map.of())).isNull();
        assertThat(documents.bind("{ cases(first: 2) { id court } } fragment Unused on Case { id }", null, Map.of()))
                .as("graphql-java refuses an unused fragment").isNull();
    }
}
