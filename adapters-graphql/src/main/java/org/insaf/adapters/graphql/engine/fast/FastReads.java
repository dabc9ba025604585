package org.insaf.adapters.graphql.engine.fast;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.insaf.adapters.graphql.casefile.CaseInputs.CaseFilterInput;
import org.insaf.adapters.graphql.casefile.CaseQueries;
import org.insaf.adapters.graphql.statistics.StatisticsQueries;
import org.insaf.adapters.graphql.engine.EngineWarmUp;
import org.insaf.adapters.graphql.engine.QueryCostLimit;
import org.insaf.adapters.graphql.engine.QueryLimits;
import org.insaf.adapters.graphql.engine.fast.ReadDocuments.Bound;
import org.insaf.adapters.graphql.engine.fast.ReadDocuments.FieldPlan;
import org.insaf.adapters.graphql.error.ErrorTranslatingInstrumentation;
import org.insaf.adapters.graphql.observability.RequestMetrics;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.CaseStatus;
import org.jboss.logging.Logger;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The fast read path of {@code POST /graphql} (docs/architecture.md, "Reads without a generic
 * execution"): a query whose root fields are all {@code case}, {@code cases}, {@code statistics} or
 * {@code __typename} is answered by calling the same resolvers ({@link CaseQueries},
 * {@link StatisticsQueries}: the same use cases, access rules,
 * audit and error translation) and writing their view records straight to JSON
 * ({@link AnswerWriter}), without graphql-java's per-field execution or SmallRye's JSON-P copy of
 * the result. Every other request, and any request whose document, variables, headers or body it
 * does not reproduce exactly, is passed on untouched to SmallRye's route (see {@link ReadDocuments}).
 * <p>
 * Two Vert.x routes in front of SmallRye's, after the authentication, authorization and admission
 * control filters: the first reads the body of a request that may qualify (the same body limit as
 * Quarkus', answered 413 above it), the second decides and answers. The resolvers run on a worker
 * thread with the request context active and the caller's identity set, as SmallRye runs them.
 * {@code insaf.graphql.fast-path=false} turns it off (FastReadsApiTest compares both answers).
 */
@ApplicationScoped
public class FastReads {

    private static final Logger LOG = Logger.getLogger(FastReads.class);

    /** What SmallRye answers with when the client accepts anything (its DEFAULT_RESPONSE_CONTENT_TYPE). */
    static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";

    /** Before SmallRye's GraphQL route (added in the build's order, from 0), after the filters (negative). */
    private static final int ORDER = -20;
    private static final String QUALIFIES = FastReads.class.getName() + ".qualifies";
    private static final Set<String> CASE_ARGUMENTS = Set.of("id");
    private static final Set<String> CASES_ARGUMENTS = Set.of("filter", "first", "after");
    private static final Set<String> STATISTICS_ARGUMENTS = Set.of("year");
    /** Every root field {@link #call} can resolve, when the schema's arguments are still the ones it converts. */
    private static final Set<String> ROOTS = Set.of("case", "cases", "statistics");
    private static final Set<String> FILTER_FIELDS = Set.of("status", "statute", "office", "assignedToMe",
            "registeredFrom", "registeredTo");

    private final boolean enabled;
    private final MemorySize maxBody;
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean on = true;
    private volatile ReadDocuments documents;

    @Inject
    CaseQueries caseQueries;

    @Inject
    StatisticsQueries statisticsQueries;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    private final boolean warmUp;

    public FastReads(@ConfigProperty(name = "insaf.graphql.fast-path", defaultValue = "true") boolean enabled,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody,
                     @ConfigProperty(name = "insaf.graphql.warm-up", defaultValue = "true") boolean warmUp) {
        this.enabled = enabled;
        this.maxBody = maxBody;
        this.warmUp = warmUp;
    }

    /**
     * Reads the warm-up's dear documents once at start-up, as {@link EngineWarmUp} sends them through
     * SmallRye's engine: a dear document whose root fields are all ours (100 aliased pages) is parsed and
     * measured here before SmallRye refuses it, and that must not be done cold for the first client either.
     */
    void warm(@Observes StartupEvent event) {
        if (!enabled || !warmUp) {
            return;
        }
        // Binding answers nothing: it parses, measures and plans (null when the limits refuse the document).
        for (String document : List.of(EngineWarmUp.aliasedPages(), EngineWarmUp.nestedFragments())) {
            documents().bind(document, null, Map.of());
        }
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBody.asLongValue());
        router.post("/graphql").order(ORDER).handler(rc -> {
            if (qualifies(rc)) {
                rc.put(QUALIFIES, Boolean.TRUE);
                body.handle(rc);
            } else {
                rc.next();
            }
        });
        router.post("/graphql").order(ORDER + 1).handler(this::handle);
        LOG.info("GraphQL fast read path on (insaf.graphql.fast-path)");
    }

    /** How many requests the fast path has answered, for the tests that prove it ran. */
    public long answered() {
        return answered.get();
    }

    /**
     * Sends every request to SmallRye's execution while off: FastReadsApiTest asks the same
     * questions both ways in one running service.
     */
    public void answerFast(boolean on) {
        this.on = on;
    }

    /** The headers SmallRye's handler would answer as this path does; anything else is left to it. */
    private boolean qualifies(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!on || request.query() != null || !(rc.user() instanceof QuarkusHttpUser)
                || request.headers().contains(HttpHeaders.UPGRADE)) {
            return false;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (!type.equals("application/json") && !type.equals("application/json;charset=utf-8")) {
            return false;
        }
        return responseType(request) != null;
    }

    private static String responseType(HttpServerRequest request) {
        List<String> accepts = request.headers().getAll(HttpHeaders.ACCEPT);
        if (accepts.isEmpty()) {
            return DEFAULT_CONTENT_TYPE;
        }
        if (accepts.size() != 1) {
            return null;
        }
        String accept = accepts.get(0);
        return switch (accept) {
            case "", "*/*" -> DEFAULT_CONTENT_TYPE;
            case "application/json", "application/graphql-response+json" -> accept;
            default -> null;
        };
    }

    private void handle(RoutingContext rc) {
        if (rc.get(QUALIFIES) == null || rc.body() == null || rc.body().buffer() == null) {
            rc.next();
            return;
        }
        List<Callable<Object>> calls;
        Bound bound;
        try {
            JsonObject body = rc.body().asJsonObject();
            bound = body == null ? null : bind(body);
            calls = bound == null ? null : calls(bound);
        } catch (DecodeException | ClassCastException notOurs) {
            calls = null;
            bound = null;
        }
        if (calls == null) {
            rc.next();
            return;
        }
        Bound operation = bound;
        List<Callable<Object>> resolvers = calls;
        String contentType = responseType(rc.request());
        QuarkusHttpUser user = (QuarkusHttpUser) rc.user();
        rc.vertx().executeBlocking(() -> run(rc, user, operation, resolvers), false).onComplete(done -> {
            if (done.succeeded()) {
                answered.incrementAndGet();
                rc.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType).setStatusCode(200).setStatusMessage("OK")
                        .end(Buffer.buffer(done.result()));
            } else {
                rc.fail(done.cause());
            }
        });
    }

    private Bound bind(JsonObject body) {
        for (String key : body.fieldNames()) {
            if (!key.equals("query") && !key.equals("operationName") && !key.equals("variables")) {
                return null;
            }
        }
        if (!(body.getValue("query") instanceof String query)) {
            return null;
        }
        Object name = body.getValue("operationName");
        if (name != null && !(name instanceof String s && !s.isEmpty())) {
            return null;
        }
        Object variables = body.getValue("variables");
        Map<String, Object> raw;
        if (variables == null) {
            raw = Map.of();
        } else if (variables instanceof JsonObject object) {
            raw = plain(object);
            if (raw == null) {
                return null;
            }
        } else {
            return null;
        }
        return documents().bind(query, (String) name, raw);
    }

    /** The variables as graphql-java takes them; null for a number that is not an Int (JSON-P reads those its own way). */
    private static Map<String, Object> plain(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : object) {
            Object value = plainValue(entry.getValue());
            if (value == NOT_PLAIN) {
                return null;
            }
            map.put(entry.getKey(), value);
        }
        return map;
    }

    private static final Object NOT_PLAIN = new Object();

    private static Object plainValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return value;
        }
        if (value instanceof JsonObject object) {
            Map<String, Object> map = plain(object);
            return map == null ? NOT_PLAIN : map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (Object item : array) {
                Object plain = plainValue(item);
                if (plain == NOT_PLAIN) {
                    return NOT_PLAIN;
                }
                list.add(plain);
            }
            return list;
        }
        return NOT_PLAIN;
    }

    /** The root resolvers with their arguments converted, or null when one cannot be converted exactly. */
    private List<Callable<Object>> calls(Bound bound) {
        List<Callable<Object>> calls = new ArrayList<>(bound.rootFields().size());
        for (FieldPlan root : bound.rootFields()) {
            Callable<Object> call = root.isTypename() ? () -> root.typeName : call(root);
            if (call == null) {
                return null;
            }
            calls.add(call);
        }
        return calls;
    }

    private Callable<Object> call(FieldPlan root) {
        Map<String, Object> args = root.arguments;
        if (root.name.equals("case")) {
            return args.get("id") instanceof String id ? () -> caseQueries.caseById(id) : null;
        }
        if (root.name.equals("statistics")) {
            return args.get("year") instanceof Integer year ? () -> statisticsQueries.statistics(year) : null;
        }
        if (!root.name.equals("cases") || !(args.get("first") instanceof Integer first)) {
            return null;
        }
        Object after = args.get("after");
        if (after != null && !(after instanceof String)) {
            return null;
        }
        Object filter = args.get("filter");
        CaseFilterInput input;
        if (filter == null) {
            input = null;
        } else if (filter instanceof Map<?, ?> f && FILTER_FIELDS.containsAll(f.keySet())) {
            input = filter(f);
            if (input == null) {
                return null;
            }
        } else {
            return null;
        }
        Set<CaseDetail.Part> parts = parts(root);
        return () -> caseQueries.page(input, first, (String) after, parts);
    }

    /** The components of a case that are no part: always read, so selecting them asks for no part. */
    private static final Set<String> ALWAYS_READ = Arrays.stream(CaseDetail.class.getRecordComponents())
            .map(RecordComponent::getName).filter(name -> CaseDetail.Part.ofComponent(name).isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The parts of each case a page's selection writes: a field of a case is the view's component of
     * its name (CaseMapping copies them one to one). Every part when the selection holds anything
     * else, at any level of the connection: what is not known here is never left out.
     */
    static Set<CaseDetail.Part> parts(FieldPlan cases) {
        Set<CaseDetail.Part> parts = EnumSet.noneOf(CaseDetail.Part.class);
        for (FieldPlan connection : cases.selection) {
            if (connection.isTypename() || connection.name.equals("pageInfo")) {
                continue;
            }
            if (!connection.name.equals("edges")) {
                return CaseDetail.Part.ALL;
            }
            for (FieldPlan edge : connection.selection) {
                if (edge.isTypename() || edge.name.equals("cursor")) {
                    continue;
                }
                if (!edge.name.equals("node")) {
                    return CaseDetail.Part.ALL;
                }
                for (FieldPlan field : edge.selection) {
                    if (field.isTypename() || ALWAYS_READ.contains(field.name)) {
                        continue;
                    }
                    Optional<CaseDetail.Part> part = CaseDetail.Part.ofComponent(field.name);
                    if (part.isEmpty()) {
                        return CaseDetail.Part.ALL;
                    }
                    parts.add(part.get());
                }
            }
        }
        return parts;
    }

    private static CaseFilterInput filter(Map<?, ?> f) {
        Object status = f.get("status");
        Object statute = f.get("statute");
        Object office = f.get("office");
        Object mine = f.get("assignedToMe");
        if (status != null && !(status instanceof String || status instanceof CaseStatus)
                || statute != null && !(statute instanceof String) || office != null && !(office instanceof String)
                || mine != null && !(mine instanceof Boolean)) {
            return null;
        }
        try {
            return new CaseFilterInput(status == null ? null : status instanceof CaseStatus s ? s : CaseStatus.valueOf((String) status),
                    (String) statute, (String) office, (Boolean) mine, date(f.get("registeredFrom")), date(f.get("registeredTo")));
        } catch (RuntimeException notExactly) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof String text) {
            return LocalDate.parse(text);
        }
        throw new IllegalArgumentException("not a date");
    }

    private byte[] run(RoutingContext rc, QuarkusHttpUser user, Bound bound, List<Callable<Object>> calls) throws Exception {
        long started = System.nanoTime();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            identities.setIdentity(user.getSecurityIdentity());
            currentRequest.setCurrent(rc);
            List<FieldPlan> roots = bound.rootFields();
            Object[] values = new Object[roots.size()];
            List<GraphQLError> errors = new ArrayList<>(0);
            for (int i = 0; i < values.length; i++) {
                try {
                    values[i] = calls.get(i).call();
                } catch (Exception refused) {
                    values[i] = AnswerWriter.FAILED;
                    FieldPlan root = roots.get(i);
                    errors.add(ErrorTranslatingInstrumentation.translate(new ExceptionWhileDataFetching(
                            ResultPath.rootPath().segment(root.key), refused, root.field.getSourceLocation())));
                }
            }
            RequestMetrics.record(RequestMetrics.operation("query", roots.stream().map(r -> r.name).toList()),
                    RequestMetrics.outcome(errors), System.nanoTime() - started);
            return AnswerWriter.answer(bound, values, errors);
        } finally {
            requestContext.terminate();
        }
    }

    private ReadDocuments documents() {
        ReadDocuments d = documents;
        if (d == null) {
            GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
            QueryCostLimit limit = new QueryCostLimit(QueryLimits.configured());
            d = new ReadDocuments(schema, roots(schema), limit::admits);
            documents = d;
        }
        return d;
    }

    /** The root fields whose arguments are the ones {@link #call} converts; a changed one is left to SmallRye. */
    private static Set<String> roots(GraphQLSchema schema) {
        Set<String> roots = new java.util.HashSet<>();
        GraphQLFieldDefinition single = schema.getQueryType().getFieldDefinition("case");
        if (single != null && names(single).equals(CASE_ARGUMENTS)) {
            roots.add("case");
        }
        GraphQLFieldDefinition page = schema.getQueryType().getFieldDefinition("cases");
        if (page != null && names(page).equals(CASES_ARGUMENTS)
                && GraphQLTypeUtil.unwrapAll(page.getArgument("filter").getType()) instanceof GraphQLInputObjectType filter
                && filter.getFields().stream().map(GraphQLInputObjectField::getName).collect(Collectors.toSet()).equals(FILTER_FIELDS)) {
            roots.add("cases");
        }
        GraphQLFieldDefinition figures = schema.getQueryType().getFieldDefinition("statistics");
        if (figures != null && names(figures).equals(STATISTICS_ARGUMENTS)) {
            roots.add("statistics");
        }
        if (!roots.equals(ROOTS)) {
            LOG.warnf("The fast read path answers only %s: the other root fields' arguments changed", roots);
        }
        return roots;
    }

    private static Set<String> names(GraphQLFieldDefinition field) {
        return field.getArguments().stream().map(a -> a.getName()).collect(Collectors.toSet());
    }
}
