package org.insaf.adapters.graphql.error;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds {@link ErrorTranslatingInstrumentation} to the GraphQL engine when SmallRye builds it
 * (needs {@code quarkus.smallrye-graphql.events.enabled=true}). SmallRye has already set its own
 * instrumentation (query depth and complexity limits) and graphql-java's builder has no getter, so
 * it is read from the builder's field and kept in front of ours; the end-to-end tests fail if a
 * library upgrade breaks this.
 */
@ApplicationScoped
public class ErrorTranslationSetup {

    void addErrorTranslation(@Observes GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        existing(builder).ifPresent(chain::add);
        chain.add(new ErrorTranslatingInstrumentation());
        builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static java.util.Optional<Instrumentation> existing(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return java.util.Optional.ofNullable((Instrumentation) field.get(builder));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot keep SmallRye's GraphQL instrumentation (query limits) while adding "
                    + "Insaf's error translation; check the graphql-java version", e);
        }
    }
}
