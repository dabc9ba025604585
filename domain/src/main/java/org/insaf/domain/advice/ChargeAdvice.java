package org.insaf.domain.advice;

import org.insaf.domain.statute.StatuteCode;

import java.util.List;
import java.util.Optional;

/** Advice for one set of facts: every provision, most applicable first. */
public record ChargeAdvice(List<StatuteAdvice> statutes) {

    public ChargeAdvice {
        statutes = List.copyOf(statutes);
    }

    public List<StatuteAdvice> applicable() {
        return statutes.stream().filter(StatuteAdvice::isApplicable).toList();
    }

    public Optional<StatuteAdvice> forStatute(StatuteCode code) {
        return statutes.stream().filter(a -> a.statute().code().equals(code)).findFirst();
    }
}
