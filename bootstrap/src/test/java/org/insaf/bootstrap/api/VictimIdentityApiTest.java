package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.insaf.application.audit.AuditAction;
import org.insaf.application.port.out.AuditLog;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.domain.casefile.CaseId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Victim.identity: read through the audited use case, once per case however many victims it has. */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class VictimIdentityApiTest {

    private static final String IDENTITIES = "query($id: ID!) { case(id: $id) { victims { pseudonym identity { name } } } }";

    private static final String CASE_ROW = "org.insaf.adapters.persistence.casefile.CaseFileEntity";
    private static final String IDENTITY_ROW = "org.insaf.adapters.persistence.casefile.VictimIdentityEntity";

    @Inject
    AuditLog audit;

    @Inject
    SessionFactory sessionFactory;

    private static String caseWithVictims(int victims) {
        String id = CaseStoryApiTest.ok("investigator", "registerCase", Map.of("firNumber", "ID-" + UUID.randomUUID(),
                "office", "FIA-AHTC-LAHORE", "registeredOn", "2023-05-01", "sections", List.of("PTPA-3"))).getString("id");
        for (int i = 0; i < victims; i++) {
            CaseStoryApiTest.ok("investigator", "addVictim", Map.of("caseId", id,
                    "identity", Map.of("name", "Victim " + i), "estimatedAge", 16, "estimatedOn", "2023-05-02"));
        }
        return id;
    }

    /**
     * How often the case is loaded as an aggregate, and how many identity rows are read (audit
     * appends, one per victim read by design, are not counted).
     */
    private long[] queriesToReadIdentities(String caseId, int victims) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Gql.as("investigator", IDENTITIES, Map.of("id", caseId))
                .body("errors", nullValue())
                .body("data.case.victims", hasSize(victims))
                .body("data.case.victims.identity.name", everyItem(startsWith("Victim ")));
        // Each load of the case is one CaseFileEntity row load (its parts are fetched per page, not per row).
        return new long[] {statistics.getEntityStatistics(CASE_ROW).getLoadCount(),
                statistics.getEntityStatistics(IDENTITY_ROW).getLoadCount()};
    }

    @Test
    void the_lead_investigator_reads_every_identity_and_each_read_is_audited() {
        String id = caseWithVictims(3);
        Gql.as("investigator", IDENTITIES, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.case.victims.identity.name", equalTo(List.of("Victim 0", "Victim 1", "Victim 2")));
        assertThat(audit.entriesOf(CaseId.of(id)).stream().filter(e -> e.action() == AuditAction.READ_VICTIM_IDENTITY))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.detail()).startsWith("identity of V-2023-").doesNotContain("Victim"));
    }

    @Test
    void four_victims_cost_as_many_reads_as_one() {
        String one = caseWithVictims(1);
        String four = caseWithVictims(4);
        queriesToReadIdentities(one, 1); // warm up
        // The case and the access check read the case's view (one statement each), never the aggregate;
        // the identity batch reads those victims' rows only.
        assertThat(queriesToReadIdentities(one, 1)).as("case loads, identity rows").containsExactly(0, 1);
        assertThat(queriesToReadIdentities(four, 4)).as("case loads, identity rows").containsExactly(0, 4);
    }

    @Test
    void who_is_not_assigned_gets_pseudonyms_and_a_forbidden_error_per_identity() {
        String id = caseWithVictims(2);
        Gql.as("admin", IDENTITIES, Map.of("id", id))
                .body("data.case.victims.pseudonym", everyItem(startsWith("V-2023-")))
                .body("data.case.victims.identity", everyItem(nullValue()))
                .body("errors", hasSize(2))
                .body("errors.extensions.code", everyItem(equalTo("FORBIDDEN")));
        assertThat(audit.entriesOf(CaseId.of(id)).stream().filter(e -> e.action() == AuditAction.READ_VICTIM_IDENTITY)).isEmpty();
        Gql.as("investigator2", IDENTITIES, Map.of("id", id))
                .body("data.case", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
