package org.insaf.domain.casefile;

import org.insaf.domain.person.AgeEvidence;
import org.insaf.domain.person.Victim;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Dates the investigation tells about the past cannot be true if they lie in the future (a birth,
 * the day an age was estimated, the offence), and a victim of an offence was born by the day it was
 * committed: an age that does not exist yet on that day would make the child test of every statute
 * meaningless. "Today" is an input so that the domain stays deterministic.
 */
public final class DatesOfFactsPolicy {

    /** A date of birth and the day of an age estimate are on or before today. */
    public PolicyDecision mayRecordAge(AgeEvidence age, LocalDate today) {
        if (age.dateOfBirth() != null && age.dateOfBirth().isAfter(today)) {
            return future("date of birth", age.dateOfBirth(), today);
        }
        if (age.estimatedOn() != null && age.estimatedOn().isAfter(today)) {
            return future("date of the age estimate", age.estimatedOn(), today);
        }
        return PolicyDecision.allow();
    }

    /** An offence is alleged on a day that has come. */
    public PolicyDecision mayAllegeOffenceOn(LocalDate offenceDate, LocalDate today) {
        return offenceDate.isAfter(today) ? future("offence date", offenceDate, today) : PolicyDecision.allow();
    }

    /** Every victim whose age is known was born on or before the offence date. */
    public PolicyDecision wereBornBy(LocalDate offenceDate, Collection<Victim> victims) {
        PolicyDecision decision = PolicyDecision.allow();
        for (Victim victim : victims) {
            decision = decision.and(() -> wasBornBy(offenceDate, victim.age(), "victim " + victim.pseudonym()));
        }
        return decision;
    }

    /** One victim, named as {@code who}, whose age is known was born on or before the offence date. */
    public PolicyDecision wasBornBy(LocalDate offenceDate, AgeEvidence age, String who) {
        if (!age.isKnown() || age.ageOn(offenceDate).isPresent()) {
            return PolicyDecision.allow();
        }
        String known = age.dateOfBirth() != null ? "born on " + age.dateOfBirth()
                : "estimated to be " + age.estimatedAge() + " on " + age.estimatedOn();
        return PolicyDecision.refuse(Rule.BORN_BY_OFFENCE_DATE, who + ", " + known
                + ", was not yet born on the offence date " + offenceDate);
    }

    private static PolicyDecision future(String what, LocalDate date, LocalDate today) {
        return PolicyDecision.refuse(Rule.BUSINESS_DATE,
                "the " + what + " " + date + " is in the future (today is " + today + ")");
    }
}
