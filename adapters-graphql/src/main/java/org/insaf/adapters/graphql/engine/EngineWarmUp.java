package org.insaf.adapters.graphql.engine;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.graphql.observability.RequestMetrics;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a few documents through SmallRye's GraphQL engine at start-up, before the HTTP server takes
 * requests (docs/api-limits.md, "The first refusal"): a document of nested fragment spreads and one of
 * aliased pages, both over the limits and refused by {@link QueryCostLimit}, and {@code { __typename }},
 * answered. Each answer is written to text as an HTTP answer is.
 * <p>
 * The fast read path answers the frontends' pages and details without that engine, so without this the
 * first request that needs it after start (often an attacker's dear document) loaded some 350 classes
 * (graphql-java's execution and validation, the instrumentation chain, JSON-B for the answer) and ran
 * them interpreted: 90–170 ms instead of a few. Only documents the configured limits refuse are sent
 * (each is measured first), so a warm-up never executes a dear one; {@code __typename} reads no data.
 * The executions are marked in the GraphQL context ({@link RequestMetrics#NOT_COUNTED}) so the request
 * metrics leave them out. {@code insaf.graphql.warm-up=false} turns it off.
 */
@ApplicationScoped
public class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    /** Each fragment spreads the next twice: 2^40 fields, over any configurable fields limit (an int). */
    private static final int FRAGMENT_LEVELS = 40;
    private static final int ALIASES = 100;
    /** Enough rounds that the parser and the cost walk are compiled: measured 161, 60, 49, 40, 35 ms. */
    private static final int ROUNDS = 5;

    private final boolean enabled;
    private volatile List<String> outcomes = List.of();

    public EngineWarmUp(@ConfigProperty(name = "insaf.graphql.warm-up", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        try {
            ExecutionService engine = Arc.container().instance(ExecutionService.class).get();
            QueryCostLimit limit = new QueryCostLimit(QueryLimits.configured());
            GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
            List<String> documents = new ArrayList<>();
            for (String document : List.of(nestedFragments(), aliasedPages())) {
                if (!limit.admits(QueryCost.measure(schema, Parser.parse(document), null, Map.of()))) {
                    documents.add(document);
                }
            }
            documents.add("{ __typename }");
            StringBuilder rounds = new StringBuilder();
            for (int round = 0; round < ROUNDS; round++) {
                long roundStarted = System.nanoTime();
                List<String> answers = new ArrayList<>();
                for (String document : documents) {
                    answers.add(execute(engine, document));
                }
                outcomes = Collections.unmodifiableList(answers);
                rounds.append(round == 0 ? "" : ", ").append((System.nanoTime() - roundStarted) / 1_000_000);
            }
            LOG.infof("GraphQL engine warmed in %d ms (%d documents, rounds of %s ms)",
                    (System.nanoTime() - started) / 1_000_000, documents.size(), rounds);
        } catch (RuntimeException e) {
            // A cold engine is slower on its first request, not wrong: the service starts all the same.
            LOG.warnf(e, "GraphQL engine warm-up failed; the first requests it answers will be slower");
        }
    }

    /** The answers of the last warm-up, as written to text, in the order sent (for the tests). */
    public List<String> outcomes() {
        return outcomes;
    }

    private static String execute(ExecutionService engine, String document) {
        // Written and read back as text: SmallRye's handler reads each body with JSON-P, which warms too.
        String body = Json.createObjectBuilder().add("query", document).build().toString();
        JsonObject input;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            input = reader.readObject();
        }
        String[] answer = new String[1];
        // SmallRye adds its own context to this map.
        Map<String, Object> context = new HashMap<>();
        context.put(RequestMetrics.NOT_COUNTED, Boolean.TRUE);
        engine.executeSync(input, context, (ExecutionResponse response) ->
                answer[0] = response.getExecutionResultAsString());
        if (answer[0] == null) {
            throw new IllegalStateException("the engine wrote no answer to " + document.substring(0, 20) + "…");
        }
        return answer[0];
    }

    /** 2^40 spreads of {@code __typename}: over any limit of cost or fields. */
    public static String nestedFragments() {
        StringBuilder document = new StringBuilder("query WarmUp { ...W0 }");
        for (int i = 0; i < FRAGMENT_LEVELS; i++) {
            document.append(" fragment W").append(i).append(" on Query { ...W").append(i + 1).append(" ...W")
                    .append(i + 1).append(" }");
        }
        return document.append(" fragment W").append(FRAGMENT_LEVELS).append(" on Query { __typename }").toString();
    }

    /** 100 aliases of a page of 100 cases. */
    public static String aliasedPages() {
        StringBuilder document = new StringBuilder("query WarmUp {");
        for (int i = 0; i < ALIASES; i++) {
            document.append(" w").append(i).append(": cases(first: 100) { edges { node { id } } }");
        }
        return document.append(" }").toString();
    }
}
