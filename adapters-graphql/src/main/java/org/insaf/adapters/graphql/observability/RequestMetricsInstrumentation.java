package org.insaf.adapters.graphql.observability;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import java.util.concurrent.CompletableFuture;

/**
 * Times each execution on SmallRye's path into {@link RequestMetrics}. The last member of the chain,
 * so the errors it reads are already in Insaf's shape. An execution whose GraphQL context has
 * {@link RequestMetrics#NOT_COUNTED} true (the service's own, at start-up) is not recorded.
 */
public final class RequestMetricsInstrumentation implements Instrumentation {

    private static final class Execution implements InstrumentationState {
        final long started = System.nanoTime();
        volatile String operation = RequestMetrics.UNPARSED;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Execution();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                          InstrumentationState state) {
        if (state instanceof Execution execution) {
            execution.operation = RequestMetrics.operation(parameters.getExecutionContext().getOperationDefinition());
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (state instanceof Execution execution && !Boolean.TRUE.equals(
                parameters.getGraphQLContext().get(RequestMetrics.NOT_COUNTED))) {
            RequestMetrics.record(execution.operation, RequestMetrics.outcome(result.getErrors()),
                    System.nanoTime() - execution.started);
        }
        return CompletableFuture.completedFuture(result);
    }
}
