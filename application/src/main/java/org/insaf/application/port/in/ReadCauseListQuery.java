package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * A court's cause list for a day: the hearings fixed there that day among the cases open to the
 * caller (judges and prosecutors: assigned cases; investigators: their office's and led cases;
 * admins: all). Analysts and auditors are refused.
 */
public interface ReadCauseListQuery {

    String RULE_COURT_UNKNOWN = "COURT_UNKNOWN";

    CauseList readCauseList(Query query);

    record Query(Actor actor, String court, LocalDate date) {
        public Query {
            InvalidCommand.required(actor, "actor");
            if (court == null || court.isBlank()) {
                throw new InvalidValueException("REQUIRED", "the court is required");
            }
            InputLimits.text(court, InputLimits.COURT, "court");
            court = court.strip();
            if (date == null) {
                throw new InvalidValueException("REQUIRED", "the date of the cause list is required");
            }
            InputLimits.date(date, "date");
        }
    }
}
