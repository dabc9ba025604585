package org.insaf.adapters.graphql.casefile;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.insaf.adapters.graphql.casefile.AppealInputs.DecideAppealInput;
import org.insaf.adapters.graphql.casefile.AppealInputs.FileAppealInput;
import org.insaf.adapters.graphql.casefile.AppealInputs.OrderAppealAdmissionInput;
import org.insaf.adapters.graphql.casefile.AppealInputs.SuspendSentenceInput;
import org.insaf.adapters.graphql.casefile.CaseTypes.CasePayload;
import org.insaf.adapters.graphql.security.CallerActor;
import org.insaf.adapters.graphql.statute.StatuteCatalogueViews;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.DecideAppealUseCase;
import org.insaf.application.port.in.FileAppealUseCase;
import org.insaf.application.port.in.OrderAppealAdmissionUseCase;
import org.insaf.application.port.in.SuspendSentenceUseCase;
import org.insaf.domain.casefile.Appeal;
import org.insaf.domain.casefile.AppealId;
import org.insaf.domain.shared.Rupees;
import org.insaf.domain.statute.Sentence;

import java.util.List;
import java.util.Optional;

/** Appeals and revisions as mutations (issue 17 item 6). */
@GraphQLApi
@Authenticated
public class AppealMutations {

    @Inject
    CallerActor caller;
    @Inject
    StatuteCatalogueViews statutes;
    @Inject
    FileAppealUseCase fileAppeal;
    @Inject
    OrderAppealAdmissionUseCase orderAppealAdmission;
    @Inject
    DecideAppealUseCase decideAppeal;
    @Inject
    SuspendSentenceUseCase suspendSentence;

    @Mutation("fileAppeal")
    @Description("Records an appeal or revision against the judgment as it concerns one accused: the State's by the assigned prosecutor, the convict's by the judge on whose docket the case is")
    public @NonNull CasePayload fileAppeal(@Name("input") @NonNull FileAppealInput in) {
        return payload(fileAppeal.fileAppeal(new FileAppealUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), Ids.personId(in.accusedId()), in.kind(), in.appellant(), in.against(),
                in.forum(), in.filedOn(), in.grounds())));
    }

    @Mutation("orderAppealAdmission")
    @Description("Admits an appeal, or dismisses it in limine with the reason (s.421 CrPC; the judge)")
    public @NonNull CasePayload orderAppealAdmission(@Name("input") @NonNull OrderAppealAdmissionInput in) {
        return payload(orderAppealAdmission.orderAppealAdmission(new OrderAppealAdmissionUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), appealId(in.appealId()), in.admitted(),
                in.orderedOn(), Optional.ofNullable(in.reason()))));
    }

    @Mutation("decideAppeal")
    @Description("Decides an admitted appeal (s.423 CrPC; the judge): the appeal dismissed, the sentence reduced or enhanced, acquitted or convicted on appeal, or a retrial ordered, which puts the accused back to trial")
    public @NonNull CasePayload decideAppeal(@Name("input") @NonNull DecideAppealInput in) {
        List<Appeal.AppellateSentence> sentences = in.sentences() == null ? List.of() : in.sentences().stream()
                .map(s -> new Appeal.AppellateSentence(Ids.offenceId(s.chargeId()), new Sentence(in.decidedOn(), s.kind(),
                        CaseMutations.term(s.termYears(), s.termMonths(), s.termDays()),
                        s.finePkr() == null ? null : Rupees.of(s.finePkr())))).toList();
        return payload(decideAppeal.decideAppeal(new DecideAppealUseCase.Command(caller.actor(), Ids.caseId(in.caseId()),
                version(in.expectedVersion()), appealId(in.appealId()), in.outcome(), in.decidedOn(), sentences)));
    }

    @Mutation("suspendSentence")
    @Description("Suspends the sentence pending the convict's appeal and releases them on bail (s.426 CrPC; the judge)")
    public @NonNull CasePayload suspendSentence(@Name("input") @NonNull SuspendSentenceInput in) {
        return payload(suspendSentence.suspendSentence(new SuspendSentenceUseCase.Command(caller.actor(),
                Ids.caseId(in.caseId()), version(in.expectedVersion()), appealId(in.appealId()), in.suspendedOn())));
    }

    private CasePayload payload(CaseView view) {
        return new CasePayload(CaseMapping.toType(view, statutes.forCaller(caller.actor())));
    }

    private static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }

    private static AppealId appealId(String value) {
        return new AppealId(Ids.uuid(value, "appeal id"));
    }
}
