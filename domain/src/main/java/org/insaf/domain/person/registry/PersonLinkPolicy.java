package org.insaf.domain.person.registry;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

/**
 * When two records may be joined as one person, and when separated. Joins are one level deep (a
 * record is joined to a record that stands alone), so that a separation restores exactly what was.
 */
public final class PersonLinkPolicy {

    private PersonLinkPolicy() {
    }

    public static PolicyDecision mayJoin(Person record, Person to) {
        if (record.id().equals(to.id())) {
            return PolicyDecision.refuse(Rule.PERSON_LINK, "a person record cannot be joined to itself");
        }
        if (record.joinedTo().isPresent()) {
            return PolicyDecision.refuse(Rule.PERSON_LINK, record.joinedTo().get().equals(to.id())
                    ? "the two records are already joined as one person"
                    : "this record is already joined to another person; separate it first");
        }
        if (to.joinedTo().isPresent()) {
            return PolicyDecision.refuse(Rule.PERSON_LINK,
                    "the other record is itself joined to person " + to.joinedTo().get() + "; join to that person");
        }
        if (!record.joinedToThis().isEmpty()) {
            return PolicyDecision.refuse(Rule.PERSON_LINK,
                    "other records are joined to this one; join the other record to it instead");
        }
        String a = record.particulars().cnic();
        String b = to.particulars().cnic();
        if (a != null && b != null && !a.equals(b)) {
            return PolicyDecision.refuse(Rule.ONE_CNIC_PER_PERSON,
                    "the two records carry different CNICs, so they are two people");
        }
        return PolicyDecision.allow();
    }

    public static PolicyDecision maySeparate(Person record) {
        return record.joinedTo().isPresent() ? PolicyDecision.allow()
                : PolicyDecision.refuse(Rule.PERSON_UNLINK, "this record is not joined to another person");
    }
}
