package org.insaf.adapters.graphql.engine;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import io.smallrye.graphql.spi.EventingService;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict scalars against SmallRye's own, in a schema of one field whose arguments are typed by
 * SmallRye's Int, BigInteger and Date and whose answer is the value the resolver received.
 */
class StrictScalarsTest {

    private static GraphQLSchema.Builder smallRyeSchema() {
        GraphQLFieldDefinition field = GraphQLFieldDefinition.newFieldDefinition().name("got").type(Scalars.GraphQLString)
                .argument(GraphQLArgument.newArgument().name("i").type(GraphQLScalarTypes.getScalarByName("Int")))
                .argument(GraphQLArgument.newArgument().name("b").type(GraphQLScalarTypes.getScalarByName("BigInteger")))
                .argument(GraphQLArgument.newArgument().name("d").type(GraphQLScalarTypes.getScalarByName("Date")))
                .build();
        DataFetcher<String> echo = env -> String.valueOf(env.getArguments().values().stream().findFirst().orElse(null));
        return GraphQLSchema.newSchema()
                .query(GraphQLObjectType.newObject().name("Query").field(field).build())
                .codeRegistry(GraphQLCodeRegistry.newCodeRegistry()
                        .dataFetcher(FieldCoordinates.coordinates("Query", "got"), echo).build());
    }

    private static ExecutionResult run(GraphQLSchema.Builder schema, String query, Map<String, Object> variables) {
        return GraphQL.newGraphQL(schema.build()).build()
                .execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    private static ExecutionResult strict(String query, Map<String, Object> variables) {
        return run(new StrictScalars().beforeSchemaBuild(smallRyeSchema()), query, variables);
    }

    private static String answer(ExecutionResult result) {
        assertThat(result.getErrors()).isEmpty();
        return ((Map<?, ?>) result.getData()).get("got").toString();
    }

    private static String refusal(ExecutionResult result) {
        assertThat((Object) result.getData()).isNull();
        assertThat(result.getErrors()).hasSize(1);
        return result.getErrors().get(0).getMessage();
    }

    @Test
    void smallRye_still_wraps_an_int_literal_above_32_bits_which_is_why_this_class_exists() {
        // When this fails SmallRye refuses by itself, and StrictScalars' Int may be reconsidered.
        assertThat(answer(run(smallRyeSchema(), "{ got(i: 4294967306) }", Map.of()))).isEqualTo("10");
    }

    @Test
    void smallRye_finds_the_strict_scalars_and_always_runs_them() {
        List<EventingService> services = ServiceLoader.load(EventingService.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(services).filteredOn(StrictScalars.class::isInstance).singleElement()
                .satisfies(s -> assertThat(s.getConfigKey()).isNull());
    }

    @Test
    void an_int_is_exactly_a_whole_number_of_32_bits() {
        assertThat(answer(strict("{ got(i: 2147483647) }", Map.of()))).isEqualTo("2147483647");
        assertThat(answer(strict("{ got(i: -2147483648) }", Map.of()))).isEqualTo("-2147483648");
        assertThat(refusal(strict("{ got(i: 4294967306) }", Map.of()))).contains("4294967306").contains("2147483647");
        assertThat(refusal(strict("{ got(i: 2147483648) }", Map.of()))).contains("2147483648");
        assertThat(refusal(strict("{ got(i: 12.5) }", Map.of()))).contains("12.5");
        assertThat(refusal(strict("{ got(i: \"12\") }", Map.of()))).contains("without quotes");

        String query = "query($v: Int) { got(i: $v) }";
        assertThat(answer(strict(query, Map.of("v", 12)))).isEqualTo("12");
        assertThat(answer(strict(query, Map.of("v", 12.0)))).isEqualTo("12");
        // Our reasons name the limit, never the value (a number sent to an Int may be a CNIC).
        assertThat(refusal(strict(query, Map.of("v", 4294967306L)))).contains("2147483647").doesNotContain("4294967306");
        assertThat(refusal(strict(query, Map.of("v", 12.5)))).contains("whole number").doesNotContain("12.5");
        assertThat(refusal(strict(query, Map.of("v", Double.NaN)))).contains("whole number");
        assertThat(refusal(strict(query, Map.of("v", "12")))).contains("must be a number");
    }

    @Test
    void a_big_integer_is_a_whole_number_of_64_bits() {
        String query = "query($v: BigInteger) { got(b: $v) }";
        assertThat(answer(strict(query, Map.of("v", Long.MAX_VALUE)))).isEqualTo(String.valueOf(Long.MAX_VALUE));
        assertThat(refusal(strict(query, Map.of("v", BigInteger.TWO.pow(63))))).contains("9223372036854775807");
        assertThat(refusal(strict(query, Map.of("v", BigInteger.TWO.pow(64).add(BigInteger.valueOf(5))))))
                .contains("9223372036854775807").doesNotContain("18446744073709551621");
        assertThat(refusal(strict("{ got(b: 18446744073709551621) }", Map.of()))).contains("18446744073709551621");
        assertThat(refusal(strict(query, Map.of("v", 1000.5)))).contains("whole number").doesNotContain("1000.5");
    }

    @Test
    void a_date_is_yyyy_mm_dd_of_a_real_day_from_1900() {
        assertThat(answer(strict("{ got(d: \"1900-01-01\") }", Map.of()))).isEqualTo("1900-01-01");
        assertThat(answer(strict("query($v: Date) { got(d: $v) }", Map.of("v", "9999-12-31")))).isEqualTo("9999-12-31");
        for (String bad : List.of("+99999-01-01", "0001-01-01", "1899-12-31", "2024-02-30", "2024-1-1", "20240101",
                " 2024-01-01", "2024-01-01T00:00")) {
            assertThat(refusal(strict("query($v: Date) { got(d: $v) }", Map.of("v", bad)))).as(bad)
                    .containsAnyOf("YYYY-MM-DD", "1900-01-01").doesNotContain(bad.strip());
            assertThat(refusal(strict("{ got(d: \"" + bad + "\") }", Map.of()))).as(bad).contains(bad.strip());
        }
        assertThat(refusal(strict("{ got(d: 20240101) }", Map.of()))).contains("YYYY-MM-DD");
    }
}
