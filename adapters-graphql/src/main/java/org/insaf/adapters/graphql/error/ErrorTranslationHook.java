package org.insaf.adapters.graphql.error;

import org.insaf.adapters.graphql.engine.QueryCostLimit;
import org.insaf.adapters.graphql.engine.QueryLimits;
import org.insaf.adapters.graphql.observability.RequestMetricsInstrumentation;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds {@link ErrorTranslatingInstrumentation}, the {@link QueryCostLimit} (with graphql-java's
 * parser limits), as the configuration sets them ({@link QueryLimits}), to the GraphQL engine when
 * SmallRye builds it, and the request metrics ({@link RequestMetricsInstrumentation}).
 * <p>
 * A SmallRye {@link EventingService} found by the {@code ServiceLoader} (listed in
 * {@code META-INF/services}), always enabled, rather than a CDI observer of the
 * {@code GraphQL.Builder} event: CDI observers need {@code quarkus.smallrye-graphql.events.enabled},
 * which also fires a CDI event (an observer resolution) before every resolver and every batched
 * field of every request. Every other hook of this service
 * is SmallRye's empty default.
 * <p>
 * SmallRye may have set its own instrumentation (its depth and complexity limits, when configured;
 * Insaf sets those in QueryCostLimit) and graphql-java's builder has no getter, so it is read from
 * the builder's field; its members are kept in front of ours in one flat chain. The end-to-end tests
 * fail if a library upgrade breaks this.
 */
public class ErrorTranslationHook implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimits limits = QueryLimits.configured();
        limits.applyToEngine();
        // The cost limit first: it must refuse a dear document before any other member expands it.
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new QueryCostLimit(limits));
        existing(builder).ifPresent(existing -> {
            if (existing instanceof ChainedInstrumentation chained) {
                chain.addAll(chained.getInstrumentations());
            } else {
                chain.add(existing);
            }
        });
        chain.add(new ErrorTranslatingInstrumentation());
        chain.add(new RequestMetricsInstrumentation());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static Optional<Instrumentation> existing(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return Optional.ofNullable((Instrumentation) field.get(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot keep SmallRye's GraphQL instrumentation (query limits) while adding "
                    + "Insaf's error translation; check the graphql-java version", e);
        }
    }
}
