package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

/**
 * Bail under the CrPC. An application is heard for an accused in custody (ss.496-497) or, before
 * arrest, for one not yet arrested (s.498); an absconder has no standing to ask for it. For an
 * offence that is bailable bail is a right (s.496): the court grants it on a surety and may not
 * refuse it. For a non-bailable offence bail is the court's discretion (s.497), and the order,
 * a grant as much as a refusal, records its reason. An accused facing several offences has the
 * right only if every one of them is bailable.
 */
public final class BailPolicy {

    public PolicyDecision mayApply(String accused, CustodyStatus custody, boolean pending) {
        if (custody != CustodyStatus.IN_CUSTODY && custody != CustodyStatus.NOT_ARRESTED) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "bail is asked for an accused in custody, or before "
                    + "arrest (s.498 CrPC); " + accused + " is " + custody);
        }
        if (pending) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "a bail application for " + accused
                    + " is already pending; the court decides it first");
        }
        return PolicyDecision.allow();
    }

    /**
     * @param bailable whether every offence the accused faces is bailable
     */
    public PolicyDecision mayDecide(String accused, BailApplication application, CustodyStatus custody,
                                    BailApplication.Decision decision, boolean bailable) {
        if (!application.isPending()) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "the bail application " + application.id()
                    + " was already decided (" + application.decision().outcome() + " on "
                    + application.decision().on() + ")");
        }
        if (custody != CustodyStatus.IN_CUSTODY && custody != CustodyStatus.NOT_ARRESTED) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "bail is decided for an accused in custody, or before "
                    + "arrest (s.498 CrPC); " + accused + " is now " + custody);
        }
        if (bailable && decision.outcome() == BailApplication.Outcome.REFUSED) {
            return PolicyDecision.refuse(Rule.BAIL_AS_OF_RIGHT, "every offence " + accused + " faces is bailable: "
                    + "bail is a right (s.496 CrPC) and cannot be refused");
        }
        if (!bailable && decision.reasonGiven().isEmpty()) {
            return PolicyDecision.refuse(Rule.BAIL_DISCRETION_REASONED, accused + " faces a non-bailable offence: "
                    + "bail is the court's discretion (s.497 CrPC) and its order records the reason for the "
                    + decision.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        return PolicyDecision.allow();
    }

    public PolicyDecision mayCancel(String accused, BailApplication application, CustodyStatus custody,
                                    boolean latestGrant) {
        if (!application.isGranted()) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "only bail granted can be cancelled; the application "
                    + application.id() + (application.isPending() ? " is pending" : " was refused"));
        }
        if (application.cancelled().isPresent()) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, "the bail granted on " + application.decision().on()
                    + " was already cancelled on " + application.cancellation().on());
        }
        if (custody != CustodyStatus.ON_BAIL || !latestGrant) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, accused + " is not on bail under the grant of "
                    + application.decision().on() + " (now " + custody + ")");
        }
        return PolicyDecision.allow();
    }
}
