package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.person.PersonView;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.shared.PersonId;

/**
 * Records more of what is known of the person behind an accused: other names and spellings, the
 * father's name, CNIC, passport, phones, home district (investigators of the case's office).
 */
public interface RecordPersonParticularsUseCase {

    PersonView recordParticulars(Command command);

    record Command(Actor actor, CaseId caseId, PersonId person, PersonParticulars particulars) implements PersonCommand {
        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(caseId, "case id");
            InvalidCommand.required(person, "the accused's person id");
            withinLimits(InvalidCommand.required(particulars, "the particulars"));
        }
    }

    /** Particulars of an accused's or a victim's person, each text within its column, lists bounded. */
    static PersonParticulars withinLimits(PersonParticulars particulars) {
        InputLimits.count(particulars.names(), 20, "names");
        particulars.names().forEach(n -> InputLimits.text(n, InputLimits.NAME, "names"));
        if (particulars.fatherName() != null) {
            InputLimits.text(particulars.fatherName(), InputLimits.NAME, "fatherName");
        }
        if (particulars.district() != null) {
            InputLimits.text(particulars.district(), InputLimits.DISTRICT, "district");
        }
        InputLimits.count(particulars.phones(), 20, "phones");
        return particulars;
    }
}
