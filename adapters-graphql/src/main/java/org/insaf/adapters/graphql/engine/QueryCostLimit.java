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
 * Refuses an operation whose {@link QueryCost} is over the limit ({@link QueryLimits#maxCost()}), that nests
 * deeper or has more fields than the limits allow, or that asks for introspection where it is off — as soon as
 * it is parsed, and again before each execution with that request's variables:
 * before validation, before graphql-java builds its normalized operation or counts complexity
 * (both expand every fragment spread, so a short document of nested spreads exhausts the heap
 * there), and before any resolver runs. The refusal is {@code BAD_INPUT} with rule
 * {@value #RULE}, naming the cost and the limit. docs/api-limits.md documents these limits.
 */
public final class QueryCostLimit implements Instrumentation {

    public static final String RULE = "QUERY_COST";
    public static final String DEPTH_RULE = "QUERY_DEPTH";
    public static final String FIELDS_RULE = "QUERY_COMPLEXITY";
    public static final String INTROSPECTION_RULE = "INTROSPECTION_OFF";

    private final QueryLimits limits;

    public QueryCostLimit(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                          InstrumentationState state) {
        check(QueryCost.measure(parameters.getSchema(), parameters.getDocument(),
                parameters.getOperation(), parameters.getVariables()));
        return null;
    }

    /**
     * Again at each execution, with the variables of this request: SmallRye caches parsed and
     * validated documents, so a document first sent with small page sizes is not validated again
     * when sent with large ones. First in the chain, this runs before any other member.
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                          InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        check(QueryCost.measureOperation(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getOperationDefinition(), execution.getCoercedVariables().toMap()));
        return null;
    }

    /** Whether the measure is within every limit (the fast read path leaves any other to this instrumentation). */
    public boolean admits(QueryCost.Measure measure) {
        try {
            check(measure);
            return true;
        } catch (Refused refused) {
            return false;
        }
    }

    /** Throws the refusal of the first limit the measure is over: cost, introspection, depth, fields. */
    void check(QueryCost.Measure measure) {
        if (measure.cost() > limits.maxCost()) {
            throw new TooDear(measure.cost(), limits.maxCost());
        }
        if (measure.introspects() && !limits.introspection()) {
            throw new Refused(INTROSPECTION_RULE, "Introspection (__schema, __type) is off on this server: the schema "
                    + "is published as docs/schema.graphql");
        }
        if (measure.depth() > limits.maxDepth()) {
            throw new Refused(DEPTH_RULE, "The query nests fields " + measure.depth() + " deep, over the depth limit of "
                    + limits.maxDepth() + " (see docs/api-limits.md)");
        }
        if (measure.fields() > limits.maxFields()) {
            throw new Refused(FIELDS_RULE, "The query has " + (measure.fields() == Long.MAX_VALUE ? "more than "
                    + Long.MAX_VALUE : measure.fields()) + " fields, over the complexity limit of " + limits.maxFields()
                    + " (each field counted every time its fragment is spread; see docs/api-limits.md)");
        }
    }

    /** Carries its code and rule, so the error translation answers BAD_INPUT with this rule. */
    static class Refused extends AbortExecutionException {

        private final String rule;

        Refused(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "BAD_INPUT");
            extensions.put("rule", rule);
            return extensions;
        }
    }

    static final class TooDear extends Refused {

        TooDear(long cost, long maxCost) {
            super(RULE, "The query costs " + (cost == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : cost)
                    + ", over the limit of " + maxCost
                    + " (each field counts once per element of the lists around it; see docs/api-limits.md)");
        }
    }
}
