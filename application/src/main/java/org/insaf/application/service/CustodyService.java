package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.ApplyForBailUseCase;
import org.insaf.application.port.in.ArrestAccusedUseCase;
import org.insaf.application.port.in.CancelBailUseCase;
import org.insaf.application.port.in.DeclareAbscondingUseCase;
import org.insaf.application.port.in.DeclareProclaimedOffenderUseCase;
import org.insaf.application.port.in.DecideBailUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.casefile.BailApplication;
import org.insaf.domain.casefile.BailApplicationId;
import org.insaf.domain.shared.Rupees;

/**
 * Custody of the accused: the police arrest them or declare them absconding (investigators of the
 * office); the court hears bail, and proclaims absconders (the judge on whose docket the case is).
 */
@ApplicationScoped
public class CustodyService implements ArrestAccusedUseCase, DeclareAbscondingUseCase, DeclareProclaimedOffenderUseCase,
        ApplyForBailUseCase, DecideBailUseCase, CancelBailUseCase {

    private final CaseCommandRunner cases;
    private final StatuteCatalogueSource statutes;

    @Inject
    public CustodyService(CaseCommandRunner cases, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView arrestAccused(ArrestAccusedUseCase.Command command) {
        return cases.change(command, investigator("record an arrest"),
                c -> c.arrest(command.accused(), command.arrestedOn(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView declareAbsconding(DeclareAbscondingUseCase.Command command) {
        return cases.change(command, investigator("declare an accused absconding"),
                c -> c.declareAbsconding(command.accused(), command.declaredOn(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView declareProclaimedOffender(DeclareProclaimedOffenderUseCase.Command command) {
        return cases.change(command, judge("declare a proclaimed offender"),
                c -> c.declareProclaimedOffender(command.accused(), command.proclamationPublishedOn(),
                        command.propertyAttached(), command.declaredOn(), cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView applyForBail(ApplyForBailUseCase.Command command) {
        BailApplication application = BailApplication.filed(BailApplicationId.random(), command.accused(),
                command.court(), command.filedOn(), command.appliedBy());
        return cases.change(command, judge("record a bail application"),
                c -> c.applyForBail(application, cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView decideBail(DecideBailUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command, judge("decide on bail"), c -> c.decideBail(command.application(),
                decision(command), catalogue, cases.clock().today()));
    }

    @Override
    @Transactional
    public CaseView cancelBail(CancelBailUseCase.Command command) {
        return cases.change(command, judge("cancel bail"), c -> c.cancelBail(command.application(),
                new BailApplication.Cancellation(command.cancelledOn(), command.reason()), cases.clock().today()));
    }

    // The domain names the rule a surety breaks (none for a grant, one for a refusal, not above PKR 0).
    private static BailApplication.Decision decision(DecideBailUseCase.Command command) {
        return new BailApplication.Decision(command.outcome(), command.decidedOn(),
                command.suretyPkr().map(Rupees::of).orElse(null), command.reason().orElse(null));
    }

    private CaseCommandRunner.Permission investigator(String what) {
        return (actor, record) -> cases.access().requireInvestigatorOf(actor, record, what);
    }

    private CaseCommandRunner.Permission judge(String what) {
        return (actor, record) -> cases.access().requireAssignedJudge(actor, record, what);
    }
}
