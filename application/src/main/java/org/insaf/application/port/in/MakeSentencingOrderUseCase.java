package org.insaf.application.port.in;

import java.util.Optional;
import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.sentencing.SentencingOrder;

/**
 * Makes the sentencing order over one convicted accused's sentences (the judge): which terms run
 * concurrently or consecutively (s.35 CrPC), rigorous or simple, imprisonment in default of fines
 * (PPC ss.64-67), credit for custody (s.382-B) and compensation to victims (s.544-A, PTPA 2018).
 */
public interface MakeSentencingOrderUseCase {

    CaseView makeSentencingOrder(Command command);

    record Command(Actor actor, CaseId caseId, Optional<Long> expectedVersion, SentencingOrder order) implements CaseCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            expectedVersion = expectedVersion == null ? Optional.empty() : expectedVersion;
            InvalidCommand.required(order, "the sentencing order");
            InputLimits.date(order.pronouncedOn(), "pronouncedOn");
            InputLimits.count(order.directions(), InputLimits.MAX_ITEMS, "directions");
            InputLimits.count(order.compensation(), InputLimits.MAX_ITEMS, "compensation");
        }
    }
}
