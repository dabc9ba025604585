package org.insaf.domain.casefile;

import java.util.Optional;

/**
 * Who works on a case: the lead investigator, the prosecutor, and the court and judge whose docket
 * it is on. Ids are the identity provider's user ids. The case records each assignment as an event;
 * the application decides access from it.
 */
public record CaseAssignment(Optional<String> investigator, Optional<String> prosecutor,
                             Optional<String> court, Optional<String> judge) {

    public static final CaseAssignment NONE = new CaseAssignment(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public CaseAssignment {
        investigator = clean(investigator);
        prosecutor = clean(prosecutor);
        court = clean(court);
        judge = clean(judge);
    }

    private static Optional<String> clean(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }

    public static CaseAssignment leadInvestigator(String userId) {
        return new CaseAssignment(Optional.of(userId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean includes(String userId) {
        return investigator.filter(userId::equals).isPresent()
                || prosecutor.filter(userId::equals).isPresent()
                || judge.filter(userId::equals).isPresent();
    }
}
