package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.offence.OffenceId;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.statute.Sentence;

import java.time.LocalDate;

/** The court passed a sentence, within the law, on a charge the accused was convicted of. */
public record SentencePassed(CaseId caseId, OffenceId offenceId, Sentence sentence) implements CaseEvent {

    public SentencePassed {
        InvalidValueException.required(caseId, "case id");
        InvalidValueException.required(offenceId, "offence id");
        InvalidValueException.required(sentence, "sentence");
    }

    @Override
    public LocalDate on() {
        return sentence.pronouncedOn();
    }
}
