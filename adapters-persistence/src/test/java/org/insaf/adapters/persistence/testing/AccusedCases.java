package org.insaf.adapters.persistence.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.insaf.application.access.Actor;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.application.port.in.RegisterCaseUseCase;
import org.insaf.application.port.in.StartInvestigationUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A case under investigation with one accused, through the use cases, for the person register's tests. */
@ApplicationScoped
public class AccusedCases {

    @Inject RegisterCaseUseCase register;
    @Inject StartInvestigationUseCase startInvestigation;
    @Inject AddAccusedUseCase addAccused;

    /** Registered on 1 March 2019 by the actor, under PACHTO-3, investigated from the next day. */
    public CaseId with(Actor actor, String circle, Trafficker accused) {
        CaseId id = register.registerCase(new RegisterCaseUseCase.Command(actor,
                new FirNumber("FIR " + UUID.randomUUID().toString().substring(0, 6)), new FiaCircle(circle),
                LocalDate.of(2019, 3, 1), Set.of(StatuteCode.of("PACHTO-3")))).id();
        startInvestigation.startInvestigation(new StartInvestigationUseCase.Command(actor, id, Optional.empty(),
                LocalDate.of(2019, 3, 2)));
        addAccused.addAccused(new AddAccusedUseCase.Command(actor, id, Optional.empty(), accused, Optional.empty()));
        return id;
    }
}
