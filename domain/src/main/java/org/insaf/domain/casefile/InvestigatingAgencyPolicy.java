package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Procedure.InvestigatingAgency;
import org.insaf.domain.statute.Statute;

import java.util.Collection;
import java.util.Optional;

/**
 * Which agency may investigate a case, from the procedure of each statute it names (statutes.md
 * correction 14): an offence the FIA investigates stays with the FIA; under the PTPA 2018 the police
 * investigate trafficking inside Pakistan and the FIA trafficking across its borders, so where the
 * facts are not yet known either may hold the case. An offence the provincial police investigate
 * (PPC) may also be held by the FIA: every case before police stations were recorded is an FIA
 * circle's, many under PPC sections, and the FIA investigates them with the scheduled offences.
 */
public final class InvestigatingAgencyPolicy {

    /**
     * An offence of the case as this rule needs it.
     *
     * @param transnational whether its facts cross Pakistan's borders; empty while no facts are known
     */
    public record Lead(Statute statute, Optional<Boolean> transnational) {
    }

    public PolicyDecision mayInvestigate(Agency agency, Collection<Lead> leads) {
        for (Lead lead : leads) {
            Agency required = requiredAgency(lead);
            if (required != null && required != agency) {
                return PolicyDecision.refuse(Rule.INVESTIGATING_AGENCY, lead.statute().code() + " "
                        + because(lead) + " is investigated by " + required.describe() + "; "
                        + agency.describe() + " may not investigate this case");
            }
        }
        return PolicyDecision.allow();
    }

    /** The only agency that may investigate the offence, or null where either may. */
    private static Agency requiredAgency(Lead lead) {
        InvestigatingAgency by = lead.statute().procedure().investigatedBy();
        return switch (by) {
            case FIA -> Agency.FIA;
            case PROVINCIAL_POLICE -> null;
            case POLICE_INSIDE_FIA_ACROSS_BORDERS -> lead.transnational()
                    .map(across -> across ? Agency.FIA : Agency.PROVINCIAL_POLICE).orElse(null);
        };
    }

    private static String because(Lead lead) {
        if (lead.statute().procedure().investigatedBy() != InvestigatingAgency.POLICE_INSIDE_FIA_ACROSS_BORDERS) {
            return "(" + lead.statute().act() + ")";
        }
        return lead.transnational().orElse(false) ? "across Pakistan's borders (PTPA 2018)"
                : "inside Pakistan (PTPA 2018)";
    }
}
