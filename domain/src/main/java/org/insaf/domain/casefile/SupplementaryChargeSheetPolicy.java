package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.util.List;

/**
 * Who may be charged. An absconder or proclaimed offender is charged only once arrested (the
 * trial of the others goes on without them, s.512 CrPC). A supplementary charge sheet (s.173 CrPC)
 * charges, in the same case, an accused who has no charge yet: an absconder since arrested, or a
 * person found after the charge sheet. An accused already charged is tried on those charges; one
 * already tried (a verdict given) cannot be charged again for the same facts.
 */
public final class SupplementaryChargeSheetPolicy {

    public PolicyDecision mayCharge(String accused, CustodyStatus custody) {
        if (custody.isAtLarge()) {
            return PolicyDecision.refuse(Rule.ABSCONDER_NOT_CHARGED, accused + " is " + custody
                    + ": an absconder is charged only after arrest (s.512 CrPC)");
        }
        return PolicyDecision.allow();
    }

    /** @param charges the charges the accused already faces in the case */
    public PolicyDecision mayChargeLater(String accused, CustodyStatus custody, List<Offence> charges) {
        return mayCharge(accused, custody).and(() -> {
            if (charges.stream().anyMatch(Offence::isDecided)) {
                return PolicyDecision.refuse(Rule.SUPPLEMENTARY_CHARGE_SHEET, accused + " has already been tried "
                        + "(a verdict was given): a supplementary charge sheet cannot charge them again");
            }
            if (!charges.isEmpty()) {
                return PolicyDecision.refuse(Rule.SUPPLEMENTARY_CHARGE_SHEET, accused + " is already charged in this "
                        + "case and is tried on those charges");
            }
            return PolicyDecision.allow();
        });
    }
}
