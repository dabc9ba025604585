package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.port.in.TransferCaseUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;

/**
 * Admins transfer cases between investigating offices, as they put cases on desks: an order of the
 * agencies' heads that the office holding the case cannot give itself.
 */
@ApplicationScoped
public class TransferService implements TransferCaseUseCase {

    private final CaseCommandRunner cases;
    private final StatuteCatalogueSource statutes;

    @Inject
    public TransferService(CaseCommandRunner cases, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView transferCase(Command command) {
        cases.access().requireAdmin(command.actor(), "transfer a case to another office");
        return cases.change(command, (actor, c) -> { }, c -> c.transfer(command.to(), command.reason(),
                command.transferredOn(), statutes.catalogue(), cases.clock().today()));
    }
}
