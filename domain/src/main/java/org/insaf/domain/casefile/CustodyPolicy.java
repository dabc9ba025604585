package org.insaf.domain.casefile;

import org.insaf.domain.shared.PolicyDecision;
import org.insaf.domain.shared.Rule;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An accused's custody moves only as the CrPC knows (see {@link CustodyStatus#next()}), while the
 * case is before the police or the trial court and the accused's own trial has not ended: after a
 * verdict on every charge, custody follows the sentence and any appeal, not bail under ss.496-498.
 */
public final class CustodyPolicy {

    /** The proclamation must give the absconder at least this many days to appear (s.87(1) CrPC). */
    public static final int PROCLAMATION_DAYS = 30;

    private static final Set<CaseStatus> PENDING = EnumSet.of(CaseStatus.REGISTERED, CaseStatus.UNDER_INVESTIGATION,
            CaseStatus.CHARGE_SHEET_FILED, CaseStatus.ON_TRIAL);

    public PolicyDecision mayChange(CaseStatus caseStatus, String accused, boolean tried, CustodyStatus from,
                                    CustodyStatus to) {
        return mayRecord(caseStatus, accused, tried).and(() -> from.canMoveTo(to) ? PolicyDecision.allow()
                : PolicyDecision.refuse(Rule.CUSTODY_STATUS, accused + " is " + from + " and cannot become " + to
                + "; from " + from + " only " + from.next().stream().map(Enum::name)
                .collect(Collectors.joining(" or "))));
    }

    /** Whether anything about the accused's custody or bail may be recorded now, whatever the move. */
    public PolicyDecision mayRecord(CaseStatus caseStatus, String accused, boolean tried) {
        if (!PENDING.contains(caseStatus)) {
            return PolicyDecision.refuse(Rule.LIFECYCLE, "custody is recorded only while the case is "
                    + PENDING.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; it is " + caseStatus);
        }
        if (tried) {
            return PolicyDecision.refuse(Rule.CUSTODY_STATUS, accused + " has been tried (every charge has a "
                    + "verdict): custody after the verdict follows the sentence and any appeal");
        }
        return PolicyDecision.allow();
    }

    /**
     * ss.87-88 CrPC: the court publishes a proclamation, not before the accused absconded, naming a day
     * at least thirty days after it; only when that day has passed unanswered is the absconder declared
     * a proclaimed offender.
     */
    public PolicyDecision mayProclaim(String accused, LocalDate abscondingSince, LocalDate publishedOn,
                                      LocalDate declaredOn) {
        if (publishedOn.isBefore(abscondingSince)) {
            return PolicyDecision.refuse(Rule.PROCLAMATION_PERIOD, "the proclamation of " + publishedOn
                    + " is before " + accused + " was declared absconding on " + abscondingSince);
        }
        LocalDate earliest = publishedOn.plusDays(PROCLAMATION_DAYS);
        if (declaredOn.isBefore(earliest)) {
            return PolicyDecision.refuse(Rule.PROCLAMATION_PERIOD, accused + " can be declared a proclaimed offender "
                    + "only " + PROCLAMATION_DAYS + " days after the proclamation of " + publishedOn + " (s.87 CrPC), "
                    + "on " + earliest + " at the earliest, not " + declaredOn);
        }
        return PolicyDecision.allow();
    }
}
