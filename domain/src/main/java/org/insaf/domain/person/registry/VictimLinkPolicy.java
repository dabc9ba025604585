package org.insaf.domain.person.registry;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

/**
 * When two victims may be linked as one person trafficked in two cases, and when separated. Two
 * victims of one case are two people (the FIR counts them apart), so a link crosses cases.
 */
public final class VictimLinkPolicy {

    private VictimLinkPolicy() {
    }

    public static PolicyDecision mayLink(VictimRecord victim, VictimRecord other) {
        if (victim.id().equals(other.id())) {
            return PolicyDecision.refuse(Rule.VICTIM_LINK, "a victim cannot be linked to itself");
        }
        if (victim.caseId().equals(other.caseId())) {
            return PolicyDecision.refuse(Rule.VICTIM_LINK,
                    "two victims of one case are two people; a link joins victims of two cases");
        }
        if (victim.linkedTo().contains(other.id())) {
            return PolicyDecision.refuse(Rule.VICTIM_LINK, "the two victims are already linked as one person");
        }
        if (victim.cnic().isPresent() && other.cnic().isPresent() && !victim.cnic().equals(other.cnic())) {
            return PolicyDecision.refuse(Rule.ONE_CNIC_PER_PERSON,
                    "the two victims carry different CNICs, so they are two people");
        }
        return PolicyDecision.allow();
    }

    public static PolicyDecision maySeparate(VictimRecord victim, VictimRecord other) {
        return victim.linkedTo().contains(other.id()) ? PolicyDecision.allow()
                : PolicyDecision.refuse(Rule.VICTIM_UNLINK, "the two victims are not linked as one person");
    }
}
