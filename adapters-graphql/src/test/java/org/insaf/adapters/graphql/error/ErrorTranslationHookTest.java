package org.insaf.adapters.graphql.error;

import org.insaf.adapters.graphql.engine.QueryCostLimit;
import org.insaf.adapters.graphql.observability.RequestMetricsInstrumentation;

import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.spi.EventingService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTranslationHookTest {

    @Test
    void smallRyeFindsTheHookWithoutCdiEvents() {
        List<EventingService> services = ServiceLoader.load(EventingService.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(services).filteredOn(ErrorTranslationHook.class::isInstance).singleElement()
                .satisfies(hook -> assertThat(hook.getConfigKey()).as("always on, whatever the configuration").isNull());
    }

    @Test
    void theCostLimitLeadsAndSmallRyesInstrumentationsStayInFrontOfTheTranslationInOneFlatChain() {
        Instrumentation depth = new MaxQueryDepthInstrumentation(15);
        Instrumentation other = SimplePerformantInstrumentation.INSTANCE;
        GraphQL.Builder builder = GraphQL.newGraphQL(schema()).instrumentation(new ChainedInstrumentation(List.of(depth, other)));

        GraphQL graphQL = new ErrorTranslationHook().beforeGraphQLBuild(builder).build();

        assertThat(graphQL.getInstrumentation()).isInstanceOfSatisfying(ChainedInstrumentation.class, chain ->
                assertThat(chain.getInstrumentations()).hasSize(5)
                        .satisfies(members -> assertThat(members.get(0)).isInstanceOf(QueryCostLimit.class))
                        .satisfies(members -> assertThat(List.<Object>copyOf(members.subList(1, 3))).containsExactly(depth, other))
                        .satisfies(members -> assertThat(members.get(3)).isInstanceOf(ErrorTranslatingInstrumentation.class))
                        // The metrics read the errors once they are in Insaf's shape.
                        .last().isInstanceOf(RequestMetricsInstrumentation.class));
    }

    private static graphql.schema.GraphQLSchema schema() {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: String }"),
                RuntimeWiring.newRuntimeWiring().build());
    }
}
