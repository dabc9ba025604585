package org.insaf.application.access;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.application.port.out.CaseVisibility;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and do what on a case. A role is necessary, not sufficient: investigators act on
 * the cases of their own office (and those they lead), prosecutors on the cases assigned to them,
 * judges on the cases on their docket, admins assign cases, analysts see statistics only.
 */
public final class CaseAccessPolicy {

    /** The cases an actor may see, as the repository applies it to lists. */
    public CaseVisibility visibilityOf(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return new CaseVisibility(true, Optional.empty(), Optional.empty());
        }
        Optional<String> office = actor.has(Role.INVESTIGATOR) ? actor.office() : Optional.empty();
        // The same places maySee accepts: a role counts only in its own place on the case.
        Set<CaseVisibility.Place> places = EnumSet.noneOf(CaseVisibility.Place.class);
        if (actor.has(Role.INVESTIGATOR)) {
            places.add(CaseVisibility.Place.LEAD_INVESTIGATOR);
        }
        if (actor.has(Role.PROSECUTOR)) {
            places.add(CaseVisibility.Place.PROSECUTOR);
        }
        if (actor.has(Role.JUDGE)) {
            places.add(CaseVisibility.Place.JUDGE);
        }
        return new CaseVisibility(false, office, places.isEmpty() ? Optional.empty() : Optional.of(actor.userId()), places,
                actor.agency());
    }

    public boolean maySee(Actor actor, Case c) {
        return actor.has(Role.ADMIN) || isInvestigatorOf(actor, c) || isAssignedProsecutor(actor, c)
                || isAssignedJudge(actor, c);
    }

    /** Victim identities: only the people assigned to the case; never admins or analysts as such. */
    public boolean mayReadIdentity(Actor actor, Case c) {
        return mayReadIdentity(actor, c.assignment());
    }

    /** The same rule, from who is assigned to the case (as the read side gives it). */
    public boolean mayReadIdentity(Actor actor, CaseAssignment assignment) {
        return isLeadInvestigator(actor, assignment) || isAssignedProsecutor(actor, assignment)
                || isAssignedJudge(actor, assignment);
    }

    public void requireInvestigatorOf(Actor actor, Case c, String what) {
        if (!isInvestigatorOf(actor, c)) {
            throw new AccessRefused("Only an investigator of " + c.office().code() + ", the office of case "
                    + c.id() + ", may " + what);
        }
    }

    public void requireAssignedProsecutor(Actor actor, Case c, String what) {
        if (!isAssignedProsecutor(actor, c)) {
            throw new AccessRefused("Only the prosecutor assigned to case " + c.id() + " may " + what);
        }
    }

    public void requireAssignedJudge(Actor actor, Case c, String what) {
        if (!isAssignedJudge(actor, c)) {
            throw new AccessRefused("Only the judge on whose docket case " + c.id() + " is may " + what);
        }
    }

    public void requireAdmin(Actor actor, String what) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessRefused("Only an admin may " + what);
        }
    }

    private static boolean isInvestigatorOf(Actor actor, Case c) {
        return actor.has(Role.INVESTIGATOR)
                && (isOfOffice(actor, c.office())
                || isLeadInvestigator(actor, c));
    }

    /** An office code names one office per agency: both must agree. */
    private static boolean isOfOffice(Actor actor, InvestigatingOffice office) {
        return actor.agency() == office.agency() && actor.office().filter(office.code()::equals).isPresent();
    }

    private static boolean isLeadInvestigator(Actor actor, Case c) {
        return isLeadInvestigator(actor, c.assignment());
    }

    private static boolean isAssignedProsecutor(Actor actor, Case c) {
        return isAssignedProsecutor(actor, c.assignment());
    }

    private static boolean isAssignedJudge(Actor actor, Case c) {
        return isAssignedJudge(actor, c.assignment());
    }

    private static boolean isLeadInvestigator(Actor actor, CaseAssignment a) {
        return actor.has(Role.INVESTIGATOR) && a.investigator().filter(actor.userId()::equals).isPresent();
    }

    private static boolean isAssignedProsecutor(Actor actor, CaseAssignment a) {
        return actor.has(Role.PROSECUTOR) && a.prosecutor().filter(actor.userId()::equals).isPresent();
    }

    private static boolean isAssignedJudge(Actor actor, CaseAssignment a) {
        return actor.has(Role.JUDGE) && a.judge().filter(actor.userId()::equals).isPresent();
    }
}
