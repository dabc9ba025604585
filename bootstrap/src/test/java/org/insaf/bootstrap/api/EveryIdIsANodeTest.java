package org.insaf.bootstrap.api;

import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relay's rule, for every type the schema has now or gets later: an object type with a field
 * {@code id} is a {@code Node}, so that {@code node(id)} of that id answers that object. A view of
 * another object names it by {@code caseId} / {@code personId} instead (docs/api-changes.md).
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class EveryIdIsANodeTest {

    @Inject
    GraphQLSchema executed;

    @Test
    void every_object_type_with_an_id_implements_node() {
        List<GraphQLObjectType> withId = executed.getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLObjectType && !t.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast)
                .filter(t -> t.getFieldDefinition("id") != null)
                .toList();
        assertThat(withId).extracting(GraphQLNamedType::getName)
                .as("the walk sees the types it is about")
                .contains("Case", "Accused", "Victim", "Charge", "Appeal", "BailApplication", "Caller");
        assertThat(withId).filteredOn(t -> t.getInterfaces().stream().noneMatch(i -> i.getName().equals("Node")))
                .extracting(GraphQLNamedType::getName)
                .as("object types with a field id that do not implement Node")
                .isEmpty();
    }

    @Test
    void the_views_of_a_case_or_a_person_name_it_and_have_no_id() {
        for (String view : List.of("CaseOnList", "NetworkCase")) {
            assertThat(executed.getObjectType(view).getFieldDefinition("id")).as(view + ".id").isNull();
            assertThat(executed.getObjectType(view).getFieldDefinition("caseId")).as(view + ".caseId").isNotNull();
        }
        for (String view : List.of("NetworkPerson", "Person")) {
            assertThat(executed.getObjectType(view).getFieldDefinition("id")).as(view + ".id").isNull();
            assertThat(executed.getObjectType(view).getFieldDefinition("personId")).as(view + ".personId").isNotNull();
        }
    }
}
