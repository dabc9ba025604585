package org.insaf.adapters.graphql.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.insaf.adapters.graphql.casefile.CaseTypes.PageInfo;
import org.insaf.adapters.graphql.casefile.Ids;
import org.insaf.adapters.graphql.error.BadInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.application.audit.AuditRecord;
import org.insaf.application.port.in.ReadAuditTrailQuery;
import org.insaf.application.audit.AuditAction;
import org.insaf.domain.casefile.CaseStatus;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

@GraphQLApi
@Authenticated
public class AuditTrailQueries {

    private static final String CURSOR_PREFIX = "audit|";

    @Inject
    ReadAuditTrailQuery trail;

    @Inject
    CallerActor caller;

    @Name("AuditTrailEntry")
    @Description("One entry of a case's audit trail: who did or tried what, when, and the case's status before and after")
    public record AuditTrailEntryType(@NonNull OffsetDateTime at, @NonNull @Id String actorId, @NonNull AuditAction action,
                                      CaseStatus statusBefore, CaseStatus statusAfter,
                                      @NonNull @Description("A note without personal data (pseudonyms, never names)") String detail) {
    }

    @Name("AuditTrailEdge")
    public record AuditTrailEdge(@NonNull String cursor, @NonNull AuditTrailEntryType node) {
    }

    @Name("AuditTrailConnection")
    @Description("A page of a case's audit trail, oldest first")
    public record AuditTrailConnection(@NonNull List<@NonNull AuditTrailEdge> edges, @NonNull PageInfo pageInfo) {
    }

    @Query("auditTrail")
    @Description("A case's audit trail, for auditors only (FORBIDDEN otherwise); the read, and a refused attempt, is itself audited. "
            + "Any case id may be asked for: attempts on ids that name no case are audited too")
    public AuditTrailConnection auditTrail(@Name("caseId") @NonNull @Id String caseId,
                                           @Name("first") @DefaultValue("50") @Description("Page size, 1 to 100. Each element counts toward the query cost, limited to 100,000 by default (insaf.graphql.limits.max-cost, docs/api-limits.md): each field once per element of the pages and lists around it, 100 per page element") int first,
                                           @Name("after") @Description("The endCursor of the previous page") String after) {
        if (first < 1 || first > ReadAuditTrailQuery.MAX_PAGE_SIZE) {
            throw new BadInput("PAGE_SIZE", "first must be between 1 and " + ReadAuditTrailQuery.MAX_PAGE_SIZE + "; " + first
                    + " entries were asked for");
        }
        ReadAuditTrailQuery.Page page = trail.readAuditTrail(new ReadAuditTrailQuery.Query(caller.actor(),
                Ids.caseId(caseId), Optional.ofNullable(after).map(AuditTrailQueries::sequenceOf), first));
        List<AuditTrailEdge> edges = page.entries().stream()
                .map(r -> new AuditTrailEdge(cursorOf(r.sequence()), node(r))).toList();
        return new AuditTrailConnection(edges, new PageInfo(page.hasNextPage(),
                page.endCursor().map(AuditTrailQueries::cursorOf).orElse(null)));
    }

    private static AuditTrailEntryType node(AuditRecord record) {
        var e = record.entry();
        return new AuditTrailEntryType(e.at().atOffset(ZoneOffset.UTC), e.actorId(), e.action(),
                e.statusBefore().orElse(null), e.statusAfter().orElse(null), e.detail());
    }

    static String cursorOf(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long sequenceOf(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(CURSOR_PREFIX)) {
                long sequence = Long.parseLong(raw.substring(CURSOR_PREFIX.length()));
                // Only the spelling handed out: "+5" or "05" would name the same entry another way.
                if (sequence >= 1 && cursorOf(sequence).equals(cursor)) {
                    return sequence;
                }
            }
        } catch (RuntimeException notOurs) {
            // answered below
        }
        throw Ids.notACursor(cursor);
    }
}
