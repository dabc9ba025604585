package org.insaf.adapters.graphql.engine;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.transformation.Transformer;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The data fetcher of every field that reads a property of an output object (a record component
 * of the types in {@code CaseTypes} and the like), found by SmallRye's {@code ServiceLoader}
 * (listed in {@code META-INF/services}).
 * <p>
 * SmallRye's own {@code FieldDataFetcher} fills its request context for every such field before
 * calling the accessor: it clones the context and builds the field's selection set twice as JSON,
 * work that only resolvers with an injected {@code Context} could use, and ours do not read it for
 * a record component; done for every plain field of an answer, it costs more than the answer. This
 * fetcher calls the accessor and hands the value to SmallRye's
 * own {@link FieldHelper} (date formatting, number coercion), so the answer is the same.
 * Resolvers ({@code @Query}, {@code @Mutation}, {@code @Source}) keep SmallRye's fetchers and
 * their context.
 */
public class PlainFieldFetching implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        // A public Java field (no accessor method) keeps SmallRye's fetcher; the API has none.
        return field.getMethodName() == null ? null : new PropertyFetcher(field, owner);
    }

    /**
     * The plain read behind a field's data fetcher (the accessor and SmallRye's transformation, as
     * {@link PropertyFetcher#get} does them), for the fast read path that walks view records itself;
     * empty for any other fetcher, which that path does not run.
     */
    public static Optional<PlainRead> plainRead(graphql.schema.DataFetcher<?> fetcher) {
        return fetcher instanceof PropertyFetcher property && !property.adapts() ? Optional.of(property::read) : Optional.empty();
    }

    /**
     * What SmallRye's {@link FieldHelper} does to a field's value, decided from the field alone: as
     * it is (an object, a list of objects, a scalar whose Java class is the one GraphQL sends), one
     * scalar transformer (a date), or whatever the helper does (a list of scalars, an optional).
     */
    @SuppressWarnings("rawtypes")
    record Reading(boolean asItIs, Transformer transformer) {

        static Reading of(Field field) {
            Reference reference = field.getReference();
            boolean scalar = reference.getType() == ReferenceType.SCALAR;
            if (field.hasWrapper()) {
                Wrapper wrapper = field.getWrapper();
                // A collection of objects: the helper copies it, each element as it is.
                boolean ofObjects = wrapper.isCollection() && !wrapper.hasWrapper() && !scalar;
                return new Reading(ofObjects, null);
            }
            if (reference.getClassName().startsWith("java.util.Optional")) {
                return new Reading(false, null);
            }
            if (!scalar || reference.getClassName().equals(reference.getGraphQLClassName())) {
                return new Reading(true, null);
            }
            return new Reading(false, Transformer.transformer(field));
        }
    }

    /** One field's value read from its source object. */
    @FunctionalInterface
    public interface PlainRead {
        Object read(Object source) throws Exception;
    }

    static final class PropertyFetcher implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper fieldHelper;
        private volatile Method accessor;
        private final Reading reading;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.fieldHelper = new FieldHelper(field);
            this.reading = Reading.of(field);
        }

        @Override
        public Object get(DataFetchingEnvironment dfe) throws Exception {
            Object value = accessor().invoke(dfe.getSource());
            try {
                return fieldHelper.transformOrAdaptResponse(value, dfe);
            } catch (AbstractDataFetcherException notTransformed) {
                // As SmallRye's FieldDataFetcher: the value as it is.
                return value;
            } finally {
                // SmallRye's fetcher leaves no context on the thread after a field; neither does this one.
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }

        boolean adapts() {
            return field.isAdaptingWith() || field.isAdaptingTo() || field.getReference().isAdaptingWith()
                    || field.getReference().isAdaptingTo() || field.hasWrapper() && field.getWrapper().isMap();
        }

        /**
         * As {@link #get} without an environment (SmallRye's helper needs one only to adapt, and
         * these fields have no adapter), deciding once per field what the helper would do to the
         * value: most fields it leaves as they are, a date it formats with the field's transformer.
         * The helper looks that transformer up in a map of its own for every value; shared by the
         * threads that read, that map is no place to look for it a million times a minute.
         */
        Object read(Object source) throws Exception {
            Object value = accessor().invoke(source);
            if (reading.asItIs || value == null) {
                return value;
            }
            if (reading.transformer != null) {
                try {
                    return reading.transformer.out(value);
                } catch (Exception notTransformed) {
                    // The helper's way with a value its transformer refuses (it logs it; the value goes as it is).
                }
            }
            try {
                return fieldHelper.transformOrAdaptResponse(value, null);
            } catch (AbstractDataFetcherException notTransformed) {
                return value;
            }
        }

        private Method accessor() {
            Method m = accessor;
            if (m == null) {
                m = find();
                accessor = m;
            }
            return m;
        }

        // Made accessible once, so that Method.invoke skips its access check on every read.
        private Method find() {
            try {
                Method m = ClassloadingService.get().loadClass(owner.getClassName()).getMethod(field.getMethodName());
                m.trySetAccessible();
                return m;
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
        }
    }
}
