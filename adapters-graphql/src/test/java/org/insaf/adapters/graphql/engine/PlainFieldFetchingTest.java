package org.insaf.adapters.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;
import io.smallrye.graphql.spi.DataFetcherService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class PlainFieldFetchingTest {

    public record Hearing(String court, LocalDate date) {
    }

    public enum Outcome { CONVICTED, ACQUITTED }

    public record Sitting(String court, LocalDate date, int day, Integer adjournments, Long finePkr, Outcome outcome,
                          List<Hearing> hearings, List<LocalDate> dates, List<String> notes) {
    }

    @Test
    void smallRyeFindsTheService() {
        assertThat(ServiceLoader.load(DataFetcherService.class).stream().map(ServiceLoader.Provider::type))
                .contains(PlainFieldFetching.class);
    }

    @Test
    void aFieldIsReadThroughItsAccessor() throws Exception {
        Hearing hearing = new Hearing("Sessions Court Lahore", LocalDate.of(2024, 1, 31));

        assertThat(fetcher("court", String.class, String.class).get(env(hearing))).isEqualTo("Sessions Court Lahore");
    }

    @Test
    void aDateIsFormattedAsSmallRyeFormatsIt() throws Exception {
        Hearing hearing = new Hearing("Sessions Court Lahore", LocalDate.of(2024, 1, 31));

        assertThat(fetcher("date", LocalDate.class, String.class).get(env(hearing))).isEqualTo("2024-01-31");
    }

    @Test
    void theFastPathReadsEveryKindOfFieldAsTheEngineDoes() throws Exception {
        Hearing first = new Hearing("Sessions Court Lahore", LocalDate.of(2024, 1, 31));
        Sitting sitting = new Sitting("Sessions Court Lahore", LocalDate.of(2023, 12, 1), 7, 2, 5_000_000L,
                Outcome.CONVICTED, List.of(first, new Hearing("High Court", LocalDate.of(2024, 2, 29))),
                List.of(LocalDate.of(2020, 2, 29), LocalDate.of(1999, 12, 31)), List.of("adjourned", "heard"));
        Sitting empty = new Sitting(null, null, 0, null, null, null, List.of(), List.of(), List.of());
        Map<String, Field> fields = Map.of(
                "court", field("court", reference(String.class, String.class), null),
                "date", field("date", reference(LocalDate.class, String.class), null),
                "day", field("day", reference(int.class, Integer.class), null),
                "adjournments", field("adjournments", reference(Integer.class, Integer.class), null),
                "finePkr", field("finePkr", reference(Long.class, Long.class), null),
                "outcome", field("outcome", typed(Outcome.class, ReferenceType.ENUM), null),
                "hearings", field("hearings", typed(Hearing.class, ReferenceType.TYPE), list()),
                "dates", field("dates", reference(LocalDate.class, String.class), list()),
                "notes", field("notes", reference(String.class, String.class), list()));
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            DataFetcher<?> engine = new PlainFieldFetching().getFieldDataFetcher(e.getValue(), null, owner(Sitting.class));
            PlainFieldFetching.PlainRead fast = PlainFieldFetching.plainRead(engine).orElseThrow();
            for (Sitting source : List.of(sitting, empty)) {
                assertThat(fast.read(source)).as(e.getKey()).isEqualTo(engine.get(env(source)));
            }
        }
        DataFetcher<?> dates = new PlainFieldFetching().getFieldDataFetcher(fields.get("date"), null, owner(Sitting.class));
        assertThat(PlainFieldFetching.plainRead(dates).orElseThrow().read(sitting)).isEqualTo("2023-12-01");
    }

    @Test
    void aPublicJavaFieldKeepsSmallRyesFetcher() {
        Reference string = reference(String.class, String.class);
        Field withoutAccessor = new Field(null, "court", "court", string);

        assertThat(new PlainFieldFetching().getFieldDataFetcher(withoutAccessor, null, owner())).isNull();
    }

    private static DataFetcher<?> fetcher(String name, Class<?> javaType, Class<?> graphQLType) {
        Field field = new Field(name, name, name, reference(javaType, graphQLType));
        return new PlainFieldFetching().getFieldDataFetcher(field, null, owner());
    }

    private static Reference owner() {
        return owner(Hearing.class);
    }

    private static Reference owner(Class<?> type) {
        return typed(type, ReferenceType.TYPE);
    }

    private static Reference typed(Class<?> type, ReferenceType kind) {
        return new Reference.Builder().className(type.getName()).name(type.getSimpleName()).type(kind)
                .graphQLClassName(type.getName()).build();
    }

    private static Wrapper list() {
        return new Wrapper(WrapperType.COLLECTION, List.class.getName());
    }

    private static Field field(String name, Reference reference, Wrapper wrapper) {
        Field field = new Field(name, name, name, reference);
        if (wrapper != null) {
            field.setWrapper(wrapper);
        }
        return field;
    }

    private static Reference reference(Class<?> javaType, Class<?> graphQLType) {
        return new Reference.Builder().className(javaType.getName()).name(graphQLType.getSimpleName())
                .type(ReferenceType.SCALAR).graphQLClassName(graphQLType.getName()).build();
    }

    private static graphql.schema.DataFetchingEnvironment env(Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
    }
}
