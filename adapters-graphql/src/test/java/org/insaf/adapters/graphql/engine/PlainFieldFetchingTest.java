package org.insaf.adapters.graphql.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.DataFetcherService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class PlainFieldFetchingTest {

    public record Hearing(String court, LocalDate date) {
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
        return new Reference.Builder().className(Hearing.class.getName()).name("Hearing").type(ReferenceType.TYPE)
                .graphQLClassName(Hearing.class.getName()).build();
    }

    private static Reference reference(Class<?> javaType, Class<?> graphQLType) {
        return new Reference.Builder().className(javaType.getName()).name(graphQLType.getSimpleName())
                .type(ReferenceType.SCALAR).graphQLClassName(graphQLType.getName()).build();
    }

    private static graphql.schema.DataFetchingEnvironment env(Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
    }
}
