package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.Set;

/** Registers an FIR as a new case of the investigator's own office; the investigator leads it. */
public interface RegisterCaseUseCase {

    CaseView registerCase(Command command);

    record Command(Actor actor, FirNumber firNumber, FiaCircle office, LocalDate registeredOn,
                   Set<StatuteCode> sections) {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(firNumber, "the FIR number");
            InvalidCommand.required(office, "the office");
            InvalidCommand.required(registeredOn, "the date of registration");
            InvalidCommand.check(sections != null && !sections.isEmpty(), "an FIR is registered under at least one section");
            sections = Set.copyOf(sections);
        }
    }
}
