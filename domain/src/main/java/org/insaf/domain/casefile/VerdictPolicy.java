package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.Verdict;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;
import org.insaf.domain.statute.Statute;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The ends of a charge other than a verdict after trial, each where the Code of Criminal Procedure
 * allows it: a withdrawal from the prosecution (s.494), a composition (s.345), an abatement on the
 * accused's death (s.431) and a conviction on a plea of guilty (s.265-E). The trial begins (the
 * case is ON_TRIAL) when the charge is framed (s.265-D).
 */
public final class VerdictPolicy {

    /** s.494: after the charge sheet, before judgment on the charge. */
    public PolicyDecision mayWithdraw(CaseStatus status, Offence offence) {
        if (!beforeJudgment(status)) {
            return PolicyDecision.refuse(Rule.WITHDRAWAL_FROM_PROSECUTION, "the prosecutor withdraws from a prosecution"
                    + " only after the charge sheet and before judgment (s.494 CrPC); the case is " + status);
        }
        return undecided(offence, Rule.WITHDRAWAL_FROM_PROSECUTION, "withdrawn");
    }

    /** s.345: a compoundable offence only, compounded by a victim of the charge, before judgment. */
    public PolicyDecision mayCompound(CaseStatus status, Offence offence, Statute statute, PersonId by) {
        if (!beforeJudgment(status)) {
            return PolicyDecision.refuse(Rule.COMPOUNDING, "an offence is compounded after the charge sheet and before"
                    + " judgment; the case is " + status);
        }
        if (!statute.procedure().compoundable()) {
            return PolicyDecision.refuse(Rule.COMPOUNDING, statute.code() + " (version " + statute.version()
                    + ") is not compoundable: s.345 CrPC allows only the offences the law makes compoundable");
        }
        if (!offence.victims().contains(by)) {
            return PolicyDecision.refuse(Rule.COMPOUNDING, "only the person aggrieved compounds an offence (s.345 CrPC):"
                    + " " + by + " is not a victim of the charge under " + statute.code());
        }
        return undecided(offence, Rule.COMPOUNDING, "compounded");
    }

    /**
     * s.431: the proceedings against an accused abate on their death, which cannot be before the
     * offence they are charged with nor before a judgment already given against them.
     *
     * @param charges every charge of the accused
     */
    public PolicyDecision mayAbate(CaseStatus status, Collection<Offence> charges, LocalDate diedOn) {
        if (!beforeJudgment(status)) {
            return PolicyDecision.refuse(Rule.ABATEMENT_ON_DEATH, "proceedings abate only while they are pending,"
                    + " after the charge sheet and before judgment; the case is " + status);
        }
        if (charges.stream().allMatch(Offence::isDecided)) {
            return PolicyDecision.refuse(Rule.ABATEMENT_ON_DEATH,
                    "every charge of this accused already has its verdict: nothing is pending to abate");
        }
        Optional<LocalDate> offenceDate = charges.stream().map(o -> o.facts().offenceDate()).min(LocalDate::compareTo);
        if (offenceDate.isPresent() && diedOn.isBefore(offenceDate.get())) {
            return PolicyDecision.refuse(Rule.ABATEMENT_ON_DEATH, "the accused cannot have died (" + diedOn
                    + ") before the offence they are charged with (" + offenceDate.get() + ")");
        }
        Optional<LocalDate> lastJudgment = charges.stream().flatMap(o -> o.verdictGiven().stream()).map(Verdict::date)
                .max(LocalDate::compareTo);
        if (lastJudgment.isPresent() && diedOn.isBefore(lastJudgment.get())) {
            return PolicyDecision.refuse(Rule.ABATEMENT_ON_DEATH, "the accused cannot have died (" + diedOn
                    + ") before the verdict given against them on " + lastJudgment.get());
        }
        return PolicyDecision.allow();
    }

    /** s.265-E: the accused pleads when the charge is framed, so only on trial, before judgment. */
    public PolicyDecision mayConvictOnPlea(CaseStatus status, Offence offence) {
        if (status != CaseStatus.ON_TRIAL) {
            return PolicyDecision.refuse(Rule.CONVICTION_ON_GUILTY_PLEA, "the accused pleads to a charge once it is"
                    + " framed (s.265-E CrPC), while the case is ON_TRIAL; it is " + status);
        }
        return undecided(offence, Rule.CONVICTION_ON_GUILTY_PLEA, "convicted on a plea");
    }

    private static boolean beforeJudgment(CaseStatus status) {
        return status == CaseStatus.CHARGE_SHEET_FILED || status == CaseStatus.ON_TRIAL;
    }

    private static PolicyDecision undecided(Offence offence, Rule rule, String what) {
        if (offence.isDecided()) {
            return PolicyDecision.refuse(rule, "the charge under " + offence.statute().code() + " cannot be " + what
                    + ": it already has a verdict (" + offence.verdict().outcome() + " on " + offence.verdict().date() + ")");
        }
        return PolicyDecision.allow();
    }
}
