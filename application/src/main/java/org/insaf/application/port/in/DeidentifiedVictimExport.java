package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.error.InvalidCommand;
import org.insaf.application.export.KAnonymity;
import org.insaf.application.export.VictimExport;

import java.util.Optional;

/**
 * One row per victim of the cases registered in a range of years, with nothing that identifies
 * the person, for researchers (analysts and admins). Groups smaller than k on the
 * quasi-identifiers are suppressed; k defaults to the CTDC's 11 and may be raised, never lowered
 * below the deployment's minimum ({@link org.insaf.application.port.out.ExportSettings}).
 */
public interface DeidentifiedVictimExport {

    VictimExport export(Request request);

    /**
     * @param k empty for the default: the CTDC's 11, or the deployment's minimum if that is higher
     */
    record Request(Actor actor, int fromYear, int toYear, Optional<Integer> k) {
        public Request {
            InvalidCommand.required(actor, "actor");
            YearlyFiguresQuery.checkYear(fromYear);
            YearlyFiguresQuery.checkYear(toYear);
            InvalidCommand.check(fromYear <= toYear, "a range of years runs forward: " + fromYear + " is after " + toYear);
            k = k == null ? Optional.empty() : k;
            k.ifPresent(KAnonymity::new);
        }
    }
}
