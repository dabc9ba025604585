package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.time.LocalDate;

/**
 * Business dates are facts of the past told by the caller, and a case's story does not run
 * backwards: each new date is on or after the latest one already recorded. "Today" is an input
 * so that the domain stays deterministic.
 */
public final class BusinessDatePolicy {

    public PolicyDecision mayRecord(String what, LocalDate date, LocalDate latestRecorded, LocalDate today) {
        if (date == null || today == null) {
            return PolicyDecision.refuse(Rule.BUSINESS_DATE, "the " + what + " date and today's date are required");
        }
        if (date.isAfter(today)) {
            return PolicyDecision.refuse(Rule.BUSINESS_DATE,
                    "the " + what + " date " + date + " is in the future (today is " + today + ")");
        }
        if (latestRecorded != null && date.isBefore(latestRecorded)) {
            return PolicyDecision.refuse(Rule.BUSINESS_DATE, "the " + what + " date " + date
                    + " is before " + latestRecorded + ", the latest date already recorded in the case");
        }
        return PolicyDecision.allow();
    }
}
