package org.insaf.adapters.graphql.engine;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses an operation whose {@link QueryCost} is over the limit ({@link QueryLimits#maxCost()}) as soon as it is parsed,
 * and again before each execution with that request's variables:
 * before validation, before graphql-java builds its normalized operation or counts complexity
 * (both expand every fragment spread, so a short document of nested spreads exhausts the heap
 * there), and before any resolver runs. The refusal is {@code BAD_INPUT} with rule
 * {@value #RULE}, naming the cost and the limit. docs/api-limits.md documents these limits.
 */
public final class QueryCostLimit implements Instrumentation {

    public static final String RULE = "QUERY_COST";

    private final long maxCost;

    public QueryCostLimit(long maxCost) {
        this.maxCost = maxCost;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                          InstrumentationState state) {
        refuseOver(QueryCost.of(parameters.getSchema(), parameters.getDocument(),
                parameters.getOperation(), parameters.getVariables()));
        return null;
    }

    /**
     * Again at each execution, with the variables of this request: SmallRye caches parsed and
     * validated documents, so a document first sent with small page sizes is not validated again
     * when sent with large ones. First in the chain, this runs before the complexity count.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                          InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        refuseOver(QueryCost.ofOperation(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getOperationDefinition(), execution.getCoercedVariables().toMap()));
        return null;
    }

    private void refuseOver(long cost) {
        if (cost > maxCost) {
            throw new TooDear(cost, maxCost);
        }
    }

    /** Carries its code and rule, so the error translation answers BAD_INPUT with this rule. */
    static final class TooDear extends AbortExecutionException {

        TooDear(long cost, long maxCost) {
            super("The query costs " + (cost == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : cost)
                    + ", over the limit of " + maxCost
                    + " (each field counts once per element of the lists around it; see docs/api-limits.md)");
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "BAD_INPUT");
            extensions.put("rule", RULE);
            return extensions;
        }
    }
}
