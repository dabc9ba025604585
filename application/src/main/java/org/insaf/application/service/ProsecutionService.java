package org.insaf.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.insaf.application.access.AccessRefused;
import org.insaf.domain.casefile.Case;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.port.in.ChargeAdviceQuery;
import org.insaf.application.port.in.ChargeRequest;
import org.insaf.application.port.in.FileChargeSheetUseCase;
import org.insaf.application.port.in.FileSupplementaryChargeSheetUseCase;
import org.insaf.application.port.out.StatuteCatalogueSource;
import org.insaf.domain.advice.ChargeAdvice;
import org.insaf.domain.advice.ChargeAdvisor;
import org.insaf.domain.casefile.Charge;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.person.Victim;
import org.insaf.domain.statute.Statute;

import java.util.List;

/** What prosecutors do: ask which statutes the facts fit, and charge the accused. */
@ApplicationScoped
public class ProsecutionService implements FileChargeSheetUseCase, FileSupplementaryChargeSheetUseCase, ChargeAdviceQuery {

    private final CaseCommandRunner cases;
    private final StatuteCatalogueSource statutes;
    private final ChargeAdvisor advisor = new ChargeAdvisor();

    @Inject
    public ProsecutionService(CaseCommandRunner cases, StatuteCatalogueSource statutes) {
        this.cases = cases;
        this.statutes = statutes;
    }

    @Override
    @Transactional
    public CaseView fileChargeSheet(FileChargeSheetUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command,
                (actor, c) -> cases.access().requireAssignedProsecutor(actor, c, "file its charge sheet"),
                c -> {
                    List<Charge> charges = command.charges().stream().map(request -> charge(request, c, catalogue)).toList();
                    c.fileChargeSheet(charges, catalogue, command.filedOn(), cases.clock().today());
                });
    }

    @Override
    @Transactional
    public CaseView fileSupplementaryChargeSheet(FileSupplementaryChargeSheetUseCase.Command command) {
        var catalogue = statutes.catalogue();
        return cases.change(command,
                (actor, c) -> cases.access().requireAssignedProsecutor(actor, c, "file a supplementary charge sheet"),
                c -> {
                    List<Charge> charges = command.charges().stream().map(request -> charge(request, c, catalogue)).toList();
                    c.fileSupplementaryChargeSheet(charges, catalogue, command.filedOn(), cases.clock().today());
                });
    }

    /** Cites the version in force on the offence date; when none is, the nearest, so the domain names the rule. */
    private static Charge charge(ChargeRequest request, Case record, org.insaf.domain.statute.StatuteCatalogue catalogue) {
        OffenceFacts facts = request.facts().or(record::recordedFacts).orElseThrow(() -> new InvalidCommand(
                "the charge against " + request.accused() + " states no facts and the case has none recorded"));
        Statute cited = catalogue.versionToCite(request.statute(), facts.offenceDate()).version();
        return new Charge(OffenceId.random(), request.accused(), cited.ref(), request.victims(), facts);
    }

    @Override
    public ChargeAdvice chargeAdvice(ChargeAdviceQuery.Query query) {
        Case record = cases.visible(query.actor(), query.caseId());
        if (query.actor().roles().stream().allMatch(r -> r == org.insaf.application.access.Role.ADMIN)) {
            throw new AccessRefused("Charge advice is for the investigators, prosecutor and judge of a case, not for admins");
        }
        OffenceFacts facts = query.facts().or(record::recordedFacts).orElseThrow(() -> new InvalidCommand(
                "give the facts to advise on; case " + query.caseId() + " has none recorded yet"));
        List<Victim> victims = record.victims().stream()
                .filter(v -> query.victims().isEmpty() || query.victims().contains(v.id())).toList();
        return advisor.advise(facts, victims, statutes.catalogue());
    }
}
