package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.graphql.engine.fast.FastReads;
import org.insaf.adapters.persistence.testing.ChargedCases;
import org.insaf.application.port.out.CaseEventWriter;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Prints the bytes the whole JVM allocates per {@code cases} page of 50 (bench/queries' page fields)
 * and per case detail, after a warm-up; docs/benchmarks.md reports the figures. It asserts only that
 * the answers are whole: allocation figures vary with the JIT and belong in the benchmarks, not in a
 * pass/fail test. The JVM figure includes the test's own HTTP client, measured alone and printed too.
 * Each is measured with the fast read path off (SmallRye's execution) and on, in turn.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class PageAllocationReport {

    private static final String FIELDS = """
              id firNumber office status registeredOn
              victims { pseudonym gender exploitation }
              accused { name roles }
              charges { statuteCode verdict { outcome } statute { code title } }
              hearings { date }""";
    private static final String PAGE = "query Page($office: String!, $first: Int!) { cases(filter: {office: $office}, first: $first) {"
            + " edges { cursor node { " + FIELDS + " } } pageInfo { hasNextPage endCursor } } }";
    private static final String DETAIL = "query Detail($id: ID!) { case(id: $id) { " + FIELDS + " } }";
    private static final String NOTHING = "query { __typename }";

    @Inject
    CaseEventWriter writer;

    @Inject
    FastReads fast;

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(b -> b > 0).sum();
    }

    private static long perRequest(int rounds, Runnable request) {
        for (int i = 0; i < rounds; i++) {
            request.run();
        }
        long before = allocatedByAllThreads();
        long cpuBefore = processCpuNanos();
        for (int i = 0; i < rounds; i++) {
            request.run();
        }
        lastCpuMicros = (processCpuNanos() - cpuBefore) / rounds / 1000;
        return (allocatedByAllThreads() - before) / rounds;
    }

    /** The CPU time per request of the last {@link #perRequest}: the whole JVM, the test's HTTP client included. */
    private static long lastCpuMicros;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Test
    void prints_bytes_allocated_per_page_of_50_and_per_detail() {
        String office = "AHTC Alloc " + UUID.randomUUID().toString().substring(0, 8);
        ChargedCases.store(writer, office, 50);
        String id = Gql.as("admin", PAGE, Map.of("office", office, "first", 1)).extract().path("data.cases.edges[0].node.id");
        long nothing = perRequest(200, () -> Gql.as("admin", NOTHING).body("errors", nullValue()));
        long nothingCpu = lastCpuMicros;
        // SmallRye's execution and the fast read path in turn, twice, in the same JVM.
        for (boolean on : new boolean[]{false, true, false, true}) {
            fast.answerFast(on);
            long page = perRequest(200, () -> Gql.as("admin", PAGE, Map.of("office", office, "first", 50))
                    .body("errors", nullValue()).body("data.cases.edges", hasSize(50)));
            long pageCpu = lastCpuMicros;
            long detail = perRequest(200, () -> Gql.as("admin", DETAIL, Map.of("id", id)).body("errors", nullValue()));
            System.out.printf("ALLOCATION per request, whole JVM, fast read path %s: page of 50 %,d bytes, %,d µs CPU; "
                    + "detail %,d bytes, %,d µs CPU; __typename (HTTP, token and client overhead) %,d bytes, %,d µs CPU%n",
                    on ? "on" : "off", page, pageCpu, detail, lastCpuMicros, nothing, nothingCpu);
        }
        fast.answerFast(true);
    }
}
