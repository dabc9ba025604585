package org.insaf.domain.person.registry;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

/** A record keeps one CNIC: a different one means a different person, not a correction to make silently. */
final class ParticularsPolicy {

    private ParticularsPolicy() {
    }

    static PolicyDecision mayRecord(Person record, PersonParticulars given) {
        String known = record.particulars().cnic();
        return known == null || known.equals(given.cnic()) ? PolicyDecision.allow()
                : PolicyDecision.refuse(Rule.ONE_CNIC_PER_PERSON,
                "this person is recorded with another CNIC; a different CNIC is a different person");
    }
}
