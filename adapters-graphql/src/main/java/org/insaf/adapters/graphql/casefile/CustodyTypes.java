package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.node.Node;
import org.insaf.application.casefile.read.CaseDetail;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.CustodyStatus;

import java.time.LocalDate;

/** The accused's custody and bail as the API shows them: plain copies of the read view. */
final class CustodyTypes {

    private CustodyTypes() {
    }

    @Name("CustodyEntry")
    @Description("A custody status an accused entered, and when")
    public record CustodyEntryType(
            @NonNull CustodyStatus status,
            @NonNull LocalDate since,
            @Description("For a proclaimed offender, the day the proclamation was published (s.87 CrPC)") LocalDate proclamationPublishedOn,
            @NonNull @Description("For a proclaimed offender, whether the court attached their property (s.88 CrPC)") boolean propertyAttached) {
    }

    @Name("BailApplication")
    @Description("An application for bail and the court's orders on it; an order not yet made is null")
    public record BailApplicationType(
            @NonNull @Id String id,
            @NonNull String court,
            @NonNull LocalDate filedOn,
            @NonNull BailApplication.Applicant appliedBy,
            BailApplication.Outcome outcome,
            LocalDate decidedOn,
            @Description("The surety of the bail bond, in rupees, for a grant") Long suretyPkr,
            @Description("The court's reason; always given where bail was the court's discretion (s.497 CrPC)") String reason,
            @Description("The day the grant was cancelled (s.497(5) CrPC)") LocalDate cancelledOn,
            String cancellationReason) implements Node {
    }

    static CustodyEntryType entry(CaseDetail.CustodyEntry e) {
        return new CustodyEntryType(e.status(), e.since(), e.proclamationPublishedOn(), e.propertyAttached());
    }

    static BailApplicationType bail(CaseDetail.Bail b) {
        return new BailApplicationType(b.id(), b.court(), b.filedOn(), b.appliedBy(), b.outcome(), b.decidedOn(),
                b.suretyPkr(), b.reason(), b.cancelledOn(), b.cancellationReason());
    }
}
