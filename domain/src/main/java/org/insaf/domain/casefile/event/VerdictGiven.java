package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.offence.VerdictOutcome;
import org.insaf.domain.shared.InvalidValueException;

import java.time.LocalDate;

/**
 * On its date the court ended one charge: convicted (after trial or on a plea of guilty), acquitted,
 * withdrawn (s.494), compounded (s.345) or abated (s.431).
 */
public record VerdictGiven(CaseId caseId, OffenceId offenceId, Verdict verdict) implements CaseEvent {

    public VerdictGiven {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(offenceId, "offence id");
        InvalidValueException.required(verdict, "verdict");
    }

    @Override
    public LocalDate on() {
        return verdict.date();
    }

    public VerdictOutcome outcome() {
        return verdict.outcome();
    }
}
