package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once on reads whose nested fields read the database again (a charge's statute,
 * resolved in a batch): every answer comes back whole. A read must not keep its database
 * connection while the nested fields ask for another, or three times as many clients as the pool
 * has connections wait on each other until the pool gives up (found by bench/run.sh at 64
 * clients: "Unable to acquire JDBC Connection").
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentReadsApiTest {

    /** Three times the default pool of 20 connections. */
    private static final int CLIENTS = 60;

    private static final String DETAIL = """
            query Detail($id: ID!) { case(id: $id) { id charges { statuteCode statute { code title } } } }""";

    private static final String PAGE = """
            query Page($office: String!) { cases(filter: {office: $office}, first: 5) {
              edges { node { id charges { statute { code } } } } } }""";

    private final String office = "AHTC Concurrent " + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    CaseEventWriter writer;

    @BeforeAll
    void chargedCases() {
        ChargedCases.store(writer, office, 5);
    }

    private static List<Map<String, Object>> atOnce(Callable<Map<String, Object>> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Map<String, Object>>> answers = clients.invokeAll(
                    IntStream.range(0, CLIENTS).mapToObj(i -> request).toList());
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (Future<Map<String, Object>> answer : answers) {
                bodies.add(answer.get());
            }
            return bodies;
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void sixty_clients_reading_a_case_with_its_charges_statutes_all_get_their_answer() throws Exception {
        String caseId = Gql.as("admin", PAGE, Map.of("office", office)).extract().path("data.cases.edges[0].node.id");
        List<Map<String, Object>> answers = atOnce(() ->
                Gql.as("admin", DETAIL, Map.of("id", caseId)).extract().jsonPath().getMap(""));
        assertThat(answers).hasSize(CLIENTS).allSatisfy(body -> {
            assertThat(body).doesNotContainKey("errors");
            assertThat(body.toString()).contains("PACHTO-3");
        });
    }

    @Test
    void sixty_clients_reading_a_page_with_its_charges_statutes_all_get_their_answer() throws Exception {
        List<Map<String, Object>> answers = atOnce(() ->
                Gql.as("admin", PAGE, Map.of("office", office)).extract().jsonPath().getMap(""));
        assertThat(answers).hasSize(CLIENTS).allSatisfy(body -> {
            assertThat(body).doesNotContainKey("errors");
            assertThat(body.toString()).contains("PACHTO-3");
        });
    }
}
