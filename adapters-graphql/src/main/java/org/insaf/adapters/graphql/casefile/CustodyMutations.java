package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.casefile.CaseTypes.CasePayload;
import org.insaf.adapters.graphql.casefile.CustodyInputs.ApplyForBailInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.ArrestAccusedInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.CancelBailInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.DeclareAbscondingInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.DeclareProclaimedOffenderInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.DecideBailInput;
import org.insaf.adapters.graphql.casefile.CustodyInputs.FileSupplementaryChargeSheetInput;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.ArrestAccusedUseCase;
import org.insaf.application.port.in.CancelBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DeclareProclaimedOffenderUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.application.port.in.FileSupplementaryChargeSheetUseCase;
import org.insaf.domain.casefile.BailApplicationId;

import java.util.Optional;

/** Custody, bail and absconders, and the supplementary charge sheet, as mutations (issue 17 items 2 and 3). */
@GraphQLApi
@Authenticated
public class CustodyMutations {

    @Inject
    CallerActor caller;
    @Inject
    StatuteCatalogueViews statutes;
    @Inject
    ArrestAccusedUseCase arrestAccused;
    @Inject
    DeclareAbscondingUseCase declareAbsconding;
    @Inject
    DeclareProclaimedOffenderUseCase declareProclaimedOffender;
    @Inject
    ApplyForBailUseCase applyForBail;
    @Inject
    DecideBailUseCase decideBail;
    @Inject
    CancelBailUseCase cancelBail;
    @Inject
    FileSupplementaryChargeSheetUseCase fileSupplementaryChargeSheet;

    @Mutation("arrestAccused")
    @Description("Records the arrest of an accused, or of an absconder arrested or surrendered (investigators of the case's office)")
    public @NonNull CasePayload arrestAccused(@Name("input") @NonNull ArrestAccusedInput in) {
        return payload(arrestAccused.arrestAccused(new ArrestAccusedUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), Ids.personId(in.accusedId()), in.arrestedOn())));
    }

    @Mutation("declareAbsconding")
    @Description("Declares an accused absconding: evading arrest or jumping bail; the case is not decided while they are at large (investigators of the case's office)")
    public @NonNull CasePayload declareAbsconding(@Name("input") @NonNull DeclareAbscondingInput in) {
        return payload(declareAbsconding.declareAbsconding(new DeclareAbscondingUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), Ids.personId(in.accusedId()), in.declaredOn())));
    }

    @Mutation("declareProclaimedOffender")
    @Description("Declares an absconder a proclaimed offender, 30 days after the proclamation (ss.87-88 CrPC; the judge)")
    public @NonNull CasePayload declareProclaimedOffender(@Name("input") @NonNull DeclareProclaimedOffenderInput in) {
        return payload(declareProclaimedOffender.declareProclaimedOffender(new DeclareProclaimedOffenderUseCase.Command(
                caller.actor(), Ids.caseId(in.caseId()), version(in.expectedVersion()), Ids.personId(in.accusedId()),
                in.proclamationPublishedOn(), in.propertyAttached(), in.declaredOn())));
    }

    @Mutation("applyForBail")
    @Description("Records a bail application for an accused in custody, or before arrest (s.498 CrPC) (the judge)")
    public @NonNull CasePayload applyForBail(@Name("input") @NonNull ApplyForBailInput in) {
        return payload(applyForBail.applyForBail(new ApplyForBailUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), Ids.personId(in.accusedId()), in.court(), in.filedOn(), in.appliedBy())));
    }

    @Mutation("decideBail")
    @Description("Grants bail on a surety or refuses it (the judge)")
    public @NonNull CasePayload decideBail(@Name("input") @NonNull DecideBailInput in) {
        return payload(decideBail.decideBail(new DecideBailUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), applicationId(in.applicationId()), in.outcome(), in.decidedOn(),
                Optional.ofNullable(in.suretyPkr()), Optional.ofNullable(in.reason()))));
    }

    @Mutation("cancelBail")
    @Description("Cancels bail granted, with the court's reason; the accused goes back to custody (s.497(5) CrPC; the judge)")
    public @NonNull CasePayload cancelBail(@Name("input") @NonNull CancelBailInput in) {
        return payload(cancelBail.cancelBail(new CancelBailUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), applicationId(in.applicationId()), in.cancelledOn(), in.reason())));
    }

    @Mutation("fileSupplementaryChargeSheet")
    @Description("Files a supplementary charge sheet (s.173 CrPC) charging accused not charged before: an absconder since arrested, or a person found after the charge sheet (the assigned prosecutor)")
    public @NonNull CasePayload fileSupplementaryChargeSheet(@Name("input") @NonNull FileSupplementaryChargeSheetInput in) {
        return payload(fileSupplementaryChargeSheet.fileSupplementaryChargeSheet(
                new FileSupplementaryChargeSheetUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                        version(in.expectedVersion()), CaseMapping.charges(in.charges()), in.filedOn())));
    }

    private CasePayload payload(CaseView view) {
        return new CasePayload(CaseMapping.toType(view, statutes.forCaller(caller.actor())));
    }

    private static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }

    private static BailApplicationId applicationId(String value) {
        return new BailApplicationId(Ids.uuid(value, "bail application id"));
    }
}
