package org.insaf.adapters.graphql.observability;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The labels of the request metrics: the schema's words and the error codes, never a client's. */
class RequestMetricsTest {

    private static String operationOf(String document) {
        return RequestMetrics.operation((OperationDefinition) Parser.parse(document).getDefinitions().get(0));
    }

    @Test
    void the_operation_is_its_type_and_its_root_fields_sorted_without_aliases_or_names() {
        assertThat(operationOf("query AyeshaBibi { cases(first: 1) { edges { node { id } } } }")).isEqualTo("query cases");
        assertThat(operationOf("{ b: statutes { code } a: case(id: \"Ayesha\") { id } }")).isEqualTo("query case statutes");
        assertThat(operationOf("mutation M { addVictim(input: {}) { case { id } } }")).isEqualTo("mutation addVictim");
        assertThat(operationOf("{ case(id: \"1\") { id } case2: case(id: \"2\") { id } }")).isEqualTo("query case");
    }

    @Test
    void many_root_fields_are_cut_to_three_and_a_count_and_fragments_are_named_as_such() {
        assertThat(operationOf("{ e f d c b a }")).isEqualTo("query a b c +3");
        assertThat(operationOf("{ ...F cases { totalCount } } fragment F on Query { me { id } }")).isEqualTo("query cases fragment");
    }

    @Test
    void the_outcome_is_ok_or_a_known_error_code_and_anything_else_is_internal() {
        assertThat(RequestMetrics.outcome(List.of())).isEqualTo("OK");
        assertThat(RequestMetrics.outcome(null)).isEqualTo("OK");
        assertThat(RequestMetrics.outcome(List.of(GraphqlErrorBuilder.newError().message("m")
                .extensions(Map.of("code", "FORBIDDEN")).build()))).isEqualTo("FORBIDDEN");
        assertThat(RequestMetrics.outcome(List.of(GraphqlErrorBuilder.newError().message("m")
                .extensions(Map.of("code", "Ayesha Bibi")).build()))).isEqualTo("INTERNAL");
        assertThat(RequestMetrics.outcome(List.of(GraphqlErrorBuilder.newError().message("m").build()))).isEqualTo("INTERNAL");
    }

    @Test
    void an_execution_marked_not_counted_is_left_out_of_the_timer_and_any_other_is_counted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { meteredProbe: Int }"), RuntimeWiring.newRuntimeWiring()
                            .type("Query", type -> type.dataFetcher("meteredProbe", environment -> 7)).build());
            GraphQL engine = GraphQL.newGraphQL(schema).instrumentation(new RequestMetricsInstrumentation()).build();

            assertThat(engine.execute(ExecutionInput.newExecutionInput("{ meteredProbe }")
                    .graphQLContext(Map.of(RequestMetrics.NOT_COUNTED, true)).build()).getErrors()).isEmpty();
            assertThat(registry.find(RequestMetrics.NAME).tag("operation", "query meteredProbe").timer()).isNull();

            assertThat(engine.execute(ExecutionInput.newExecutionInput("{ meteredProbe }")
                    .graphQLContext(Map.of(RequestMetrics.NOT_COUNTED, false)).build()).getErrors()).isEmpty();
            engine.execute("{ meteredProbe }");
            Timer timer = registry.find(RequestMetrics.NAME).tags("operation", "query meteredProbe", "outcome", "OK").timer();
            assertThat(timer).isNotNull();
            assertThat(timer.count()).isEqualTo(2);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
