package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;

/**
 * How the Code of Criminal Procedure treats an offence under a provision (its second schedule, or
 * the Act itself): may the police arrest without a warrant (cognizable), is bail a right
 * (bailable) or the court's discretion, may the parties compound it (s.345), which court tries it,
 * and which agency investigates it.
 */
public record Procedure(boolean cognizable, boolean bailable, boolean compoundable, TrialCourt triedBy,
                        InvestigatingAgency investigatedBy) {

    public Procedure {
        InvalidValueException.required(triedBy, "trial court");
        InvalidValueException.required(investigatedBy, "investigating agency");
    }

    /** "cognizable, non-bailable, not compoundable; tried by a Court of Session; investigated by the FIA". */
    public String describe() {
        return (cognizable ? "cognizable" : "non-cognizable") + ", " + (bailable ? "bailable" : "non-bailable")
                + ", " + (compoundable ? "compoundable" : "not compoundable") + "; tried by " + triedBy.describe()
                + "; investigated by " + investigatedBy.describe();
    }

    /** The court that tries the offence. Storage format: never rename. */
    public enum TrialCourt {
        COURT_OF_SESSION("a Court of Session"),
        MAGISTRATE_FIRST_CLASS("a Magistrate of the first class"),
        SPECIAL_COURT("a Special Court");

        private final String description;

        TrialCourt(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }

    /** Who investigates (statutes.md correction 14). Storage format: never rename. */
    public enum InvestigatingAgency {
        FIA("the FIA"),
        PROVINCIAL_POLICE("the provincial police"),
        /** PTPA 2018: the police inside Pakistan, the FIA across its borders. */
        POLICE_INSIDE_FIA_ACROSS_BORDERS("the provincial police inside Pakistan, the FIA across its borders");

        private final String description;

        InvestigatingAgency(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }
    }
}
