package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.casefile.CaseInputs.AddAccusedInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.AddVictimInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.AssignCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.CloseCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.CloseInvestigationInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.FileChargeSheetInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.OpenTrialInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordFactsInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordHearingInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.MakeSentencingOrderInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordSentenceInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RecordVerdictInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.RegisterCaseInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.StartInvestigationInput;
import org.insaf.adapters.graphql.casefile.CaseInputs.TransferCaseInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.CasePayload;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.AddVictimUseCase;
import org.insaf.application.port.in.AssignCaseUseCase;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.CloseCaseUseCase;
import org.insaf.application.port.in.CloseInvestigationUseCase;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.OpenTrialUseCase;
import org.insaf.application.port.in.RecordFactsUseCase;
import org.insaf.application.port.in.RecordHearingUseCase;
import org.insaf.application.port.in.MakeSentencingOrderUseCase;
import org.insaf.application.port.in.RecordSentenceUseCase;
import org.insaf.application.port.in.RecordVerdictUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.domain.casefile.Agency;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.Province;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.TraffickerKind;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.VictimDetails;
import org.insaf.domain.person.VictimIdentity;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.sentencing.ChargeDirection;
import org.insaf.domain.sentencing.Compensation;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.statute.Sentence;
import org.insaf.domain.statute.StatuteCode;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The case use cases as mutations: one input object each, the changed case in the payload. */
@GraphQLApi
@Authenticated
public class CaseMutations {

    @Inject
    CallerActor caller;
    @Inject
    StatuteCatalogueViews statutes;
    @Inject
    RegisterCaseUseCase registerCase;
    @Inject
    StartInvestigationUseCase startInvestigation;
    @Inject
    AddVictimUseCase addVictim;
    @Inject
    AddAccusedUseCase addAccused;
    @Inject
    RecordFactsUseCase recordFacts;
    @Inject
    CloseInvestigationUseCase closeInvestigation;
    @Inject
    AssignCaseUseCase assignCase;
    @Inject
    FileChargeSheetUseCase fileChargeSheet;
    @Inject
    OpenTrialUseCase openTrial;
    @Inject
    RecordHearingUseCase recordHearing;
    @Inject
    RecordVerdictUseCase recordVerdict;
    @Inject
    RecordSentenceUseCase recordSentence;
    @Inject
    CloseCaseUseCase closeCase;
    @Inject
    MakeSentencingOrderUseCase makeSentencingOrder;
    @Inject
    TransferCaseUseCase transferCase;

    @Mutation("registerCase")
    @Description("Registers an FIR of your own office as a new case; you lead it (investigators)")
    public @NonNull CasePayload registerCase(@Name("input") @NonNull RegisterCaseInput in) {
        return payload(registerCase.registerCase(new RegisterCaseUseCase.Command(caller.actor(),
                new FirNumber(in.firNumber()), office(in.agency(), in.office(), in.province(), in.district()),
                in.registeredOn(),
                in.sections().stream().map(StatuteCode::of).collect(Collectors.toSet()),
                in.otherSections() == null ? List.of() : in.otherSections())));
    }

    @Mutation("transferCase")
    @Description("Transfers a case to another investigating office or agency, with the reason; the old office's access ends and the new one's starts, and the old lead investigator leaves the case (admins)")
    public @NonNull CasePayload transferCase(@Name("input") @NonNull TransferCaseInput in) {
        return payload(transferCase.transferCase(new TransferCaseUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), office(in.agency(), in.office(), in.province(), in.district()),
                in.reason(), in.transferredOn())));
    }

    /** An office as the input names it; an agency left out is the FIA, as offices were before police stations. */
    private static InvestigatingOffice office(Agency agency, String code, Province province, String district) {
        return new InvestigatingOffice(agency == null ? Agency.FIA : agency, code, Optional.ofNullable(province),
                Optional.ofNullable(district));
    }

    @Mutation("startInvestigation")
    @Description("Opens the investigation of a registered case (investigators of its office)")
    public @NonNull CasePayload startInvestigation(@Name("input") @NonNull StartInvestigationInput in) {
        return payload(startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), in.startedOn())));
    }

    @Mutation("addVictim")
    @Description("Records a victim under a new pseudonym (investigators of the case's office)")
    public @NonNull CasePayload addVictim(@Name("input") @NonNull AddVictimInput in) {
        var identity = new VictimIdentity(in.identity().name(), in.identity().cnic(), in.identity().contact(),
                in.identity().address());
        var details = new VictimDetails(in.gender(),
                new AgeEvidence(in.dateOfBirth(), in.estimatedAge(), in.estimatedOn()),
                in.nationality() == null ? null : CountryCode.of(in.nationality()),
                CaseMapping.set(in.vulnerabilities()), CaseMapping.set(in.exploitation()), CaseMapping.set(in.protection()),
                in.recruiterRelation());
        return payload(addVictim.addVictim(new AddVictimUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), identity, details)));
    }

    @Mutation("addAccused")
    @Description("Adds an accused; a victim of the case only with a justification (investigators of the case's office)")
    public @NonNull CasePayload addAccused(@Name("input") @NonNull AddAccusedInput in) {
        PersonId id = in.personId() == null ? PersonId.random() : Ids.personId(in.personId());
        var accused = new Trafficker(id, in.kind() == null ? TraffickerKind.PERSON : in.kind(), in.name(), in.cnic(),
                CaseMapping.set(in.roles()), in.nationality() == null ? null : CountryCode.of(in.nationality()),
                in.links() == null ? null : in.links().stream().map(Ids::personId).collect(Collectors.toSet()));
        return payload(addAccused.addAccused(new AddAccusedUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), accused, Optional.ofNullable(in.nonPunishmentJustification()),
                Optional.ofNullable(in.addedOn()))));
    }

    @Mutation("recordFacts")
    @Description("Records the facts the investigation established (investigators of the case's office)")
    public @NonNull CasePayload recordFacts(@Name("input") @NonNull RecordFactsInput in) {
        return payload(recordFacts.recordFacts(new RecordFactsUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), CaseMapping.facts(in.facts()))));
    }

    @Mutation("closeInvestigation")
    @Description("Drops a case under investigation, with the reason (investigators of the case's office)")
    public @NonNull CasePayload closeInvestigation(@Name("input") @NonNull CloseInvestigationInput in) {
        return payload(closeInvestigation.closeInvestigation(new CloseInvestigationUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), in.reason(), in.closedOn())));
    }

    @Mutation("assignCase")
    @Description("Assigns the lead investigator, prosecutor, court and judge; parts left out stay (admins)")
    public @NonNull CasePayload assignCase(@Name("input") @NonNull AssignCaseInput in) {
        return payload(assignCase.assignCase(new AssignCaseUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), Optional.ofNullable(in.investigator()),
                Optional.ofNullable(in.prosecutor()), Optional.ofNullable(in.court()), Optional.ofNullable(in.judge()))));
    }

    @Mutation("fileChargeSheet")
    @Description("Files the charge sheet (the assigned prosecutor)")
    public @NonNull CasePayload fileChargeSheet(@Name("input") @NonNull FileChargeSheetInput in) {
        return payload(fileChargeSheet.fileChargeSheet(new FileChargeSheetUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), CaseMapping.charges(in.charges()), in.filedOn())));
    }

    @Mutation("openTrial")
    @Description("Opens the trial of a charged case (the judge on whose docket it is)")
    public @NonNull CasePayload openTrial(@Name("input") @NonNull OpenTrialInput in) {
        return payload(openTrial.openTrial(new OpenTrialUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), in.openedOn())));
    }

    @Mutation("recordHearing")
    @Description("Records a hearing of the trial (the judge)")
    public @NonNull CasePayload recordHearing(@Name("input") @NonNull RecordHearingInput in) {
        return payload(recordHearing.recordHearing(new RecordHearingUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()),
                new Hearing(in.date(), in.court(), in.proceedings(), in.nextDate()))));
    }

    @Mutation("recordVerdict")
    @Description("Records the verdict on one charge (the judge); the case is decided when every charge has its verdict and every conviction its sentence")
    public @NonNull CasePayload recordVerdict(@Name("input") @NonNull RecordVerdictInput in) {
        return payload(recordVerdict.recordVerdict(new RecordVerdictUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), Ids.offenceId(in.chargeId()), in.outcome(),
                in.givenOn(), Boolean.TRUE.equals(in.onGuiltyPlea()),
                Optional.ofNullable(in.compoundedBy()).map(Ids::personId), Optional.ofNullable(in.accusedDiedOn()))));
    }

    @Mutation("makeSentencingOrder")
    @Description("Makes the sentencing order over one convicted accused's sentences: which terms run concurrently or consecutively, "
            + "imprisonment in default of fines, credit for custody, compensation to victims (the judge)")
    public @NonNull CasePayload makeSentencingOrder(@Name("input") @NonNull MakeSentencingOrderInput in) {
        List<ChargeDirection> directions = CaseMapping.list(in.directions()).stream().map(d -> new ChargeDirection(
                Ids.offenceId(d.chargeId()), d.run(), d.description(), term(d.inDefaultYears(), d.inDefaultMonths(),
                d.inDefaultDays()))).toList();
        List<Compensation> compensation = CaseMapping.list(in.compensation()).stream().map(c -> new Compensation(
                Ids.personId(c.victimId()), Rupees.of(c.amountPkr()), c.under())).toList();
        return payload(makeSentencingOrder.makeSentencingOrder(new MakeSentencingOrderUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), new SentencingOrder(Ids.personId(in.accusedId()),
                in.pronouncedOn(), directions, in.custodyCreditDays() == null ? 0 : in.custodyCreditDays(), compensation))));
    }

    @Mutation("recordSentence")
    @Description("Records the sentence for a conviction, within the statute's range (the judge)")
    public @NonNull CasePayload recordSentence(@Name("input") @NonNull RecordSentenceInput in) {
        Period term = term(in.termYears(), in.termMonths(), in.termDays());
        var sentence = new Sentence(in.pronouncedOn(), in.kind(), term, in.finePkr() == null ? null : Rupees.of(in.finePkr()));
        return payload(recordSentence.recordSentence(new RecordSentenceUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), Ids.offenceId(in.chargeId()), sentence)));
    }

    @Mutation("closeCase")
    @Description("Closes a decided case (the judge)")
    public @NonNull CasePayload closeCase(@Name("input") @NonNull CloseCaseInput in) {
        return payload(closeCase.closeCase(new CloseCaseUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), in.closedOn())));
    }

    private CasePayload payload(CaseView view) {
        return new CasePayload(CaseMapping.toType(view, statutes.forCaller(caller.actor())));
    }

    private static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }

    /** A term from its parts, or none when every part is left out. */
    static Period term(Integer years, Integer months, Integer days) {
        boolean hasTerm = years != null || months != null || days != null;
        return hasTerm ? Period.of(zero(years), zero(months), zero(days)) : null;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
