package org.insaf.adapters.graphql.casefile;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.domain.casefile.BailApplication;

import java.time.LocalDate;
import java.util.List;

import static org.insaf.adapters.graphql.casefile.CaseInputs.EXPECTED;
import static org.insaf.adapters.graphql.casefile.CaseInputs.STORY_DATE;
import static org.insaf.application.port.in.InputLimits.COURT;
import static org.insaf.application.port.in.InputLimits.MAX_ITEMS;
import static org.insaf.application.port.in.InputLimits.REASON;

/** The inputs of the custody, bail and supplementary charge sheet mutations. */
final class CustodyInputs {

    private static final String CHARS = " characters";

    private CustodyInputs() {
    }

    @Name("ArrestAccusedInput")
    public record ArrestAccusedInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                     @NonNull @Id String accusedId, @NonNull @Description(STORY_DATE) LocalDate arrestedOn) {
    }

    @Name("DeclareAbscondingInput")
    public record DeclareAbscondingInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                         @NonNull @Id String accusedId, @NonNull @Description(STORY_DATE) LocalDate declaredOn) {
    }

    @Name("DeclareProclaimedOffenderInput")
    public record DeclareProclaimedOffenderInput(
            @NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion, @NonNull @Id String accusedId,
            @NonNull @Description("The day the s.87 CrPC proclamation was published: not before the accused was declared absconding") LocalDate proclamationPublishedOn,
            @NonNull @Description("Whether the court attached the absconder's property (s.88 CrPC)") boolean propertyAttached,
            @NonNull @Description(STORY_DATE + "; at least 30 days after the proclamation") LocalDate declaredOn) {
    }

    @Name("ApplyForBailInput")
    public record ApplyForBailInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                    @NonNull @Id String accusedId,
                                    @NonNull @Description("The court applied to; at most " + COURT + CHARS) String court,
                                    @NonNull @Description(STORY_DATE) LocalDate filedOn,
                                    @NonNull BailApplication.Applicant appliedBy) {
    }

    @Name("DecideBailInput")
    @Description("A grant names the surety in rupees, a refusal none; the reason is required where bail is the court's discretion (a non-bailable offence, s.497 CrPC), and bail for bailable offences only cannot be refused (s.496 CrPC)")
    public record DecideBailInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @NonNull @Id String applicationId, @NonNull BailApplication.Outcome outcome,
                                  @NonNull @Description(STORY_DATE) LocalDate decidedOn,
                                  @Description("The surety of the bail bond in rupees, more than 0; for a grant only") Long suretyPkr,
                                  @Description("At most " + REASON + CHARS) String reason) {
    }

    @Name("CancelBailInput")
    public record CancelBailInput(@NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
                                  @NonNull @Id String applicationId, @NonNull @Description(STORY_DATE) LocalDate cancelledOn,
                                  @NonNull @Description("At most " + REASON + CHARS) String reason) {
    }

    @Name("FileSupplementaryChargeSheetInput")
    public record FileSupplementaryChargeSheetInput(
            @NonNull @Id String caseId, @Description(EXPECTED) Integer expectedVersion,
            @NonNull @Description("At most " + MAX_ITEMS + "; each against an accused not charged before and not at large") List<CaseInputs.@NonNull ChargeInput> charges,
            @NonNull @Description(STORY_DATE) LocalDate filedOn) {
    }
}
