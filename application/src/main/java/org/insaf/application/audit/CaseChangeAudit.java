package org.insaf.application.audit;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CustodyStatus;
import org.insaf.domain.casefile.event.AccusedAdded;
import org.insaf.domain.casefile.event.AppealAdmissionOrdered;
import org.insaf.domain.casefile.event.AppealDecided;
import org.insaf.domain.casefile.event.AppealFiled;
import org.insaf.domain.casefile.event.SentenceSuspended;
import org.insaf.domain.casefile.event.BailApplied;
import org.insaf.domain.casefile.event.BailCancelled;
import org.insaf.domain.casefile.event.BailDecided;
import org.insaf.domain.casefile.event.CustodyChanged;
import org.insaf.domain.casefile.event.SupplementaryChargeSheetFiled;
import org.insaf.domain.casefile.event.CaseAssigned;
import org.insaf.domain.casefile.event.CaseClosed;
import org.insaf.domain.casefile.event.CaseDecided;
import org.insaf.domain.casefile.event.CaseEvent;
import org.insaf.domain.casefile.event.CaseTransferred;
import org.insaf.domain.casefile.event.ChargeSheetFiled;
import org.insaf.domain.casefile.event.FactsRecorded;
import org.insaf.domain.casefile.event.FirRegistered;
import org.insaf.domain.casefile.event.HearingRecorded;
import org.insaf.domain.casefile.event.InvestigationClosed;
import org.insaf.domain.casefile.event.InvestigationStarted;
import org.insaf.domain.casefile.event.SentencePassed;
import org.insaf.domain.casefile.event.SentencingOrderMade;
import org.insaf.domain.casefile.event.TrialOpened;
import org.insaf.domain.casefile.event.VerdictGiven;
import org.insaf.domain.casefile.event.VictimAdded;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit entry of one change of a case, built from the events the change recorded: the action is
 * the first event's (a verdict that decides the case is a RECORD_VERDICT whose events also say
 * CaseDecided), the short note and the content come from the events, the statuses from the case.
 */
public final class CaseChangeAudit {

    private static final Map<Class<? extends CaseEvent>, AuditAction> ACTIONS = Map.ofEntries(
            Map.entry(FirRegistered.class, AuditAction.REGISTER_CASE),
            Map.entry(InvestigationStarted.class, AuditAction.START_INVESTIGATION),
            Map.entry(VictimAdded.class, AuditAction.ADD_VICTIM),
            Map.entry(AccusedAdded.class, AuditAction.ADD_ACCUSED),
            Map.entry(FactsRecorded.class, AuditAction.RECORD_FACTS),
            Map.entry(InvestigationClosed.class, AuditAction.CLOSE_INVESTIGATION),
            Map.entry(CaseAssigned.class, AuditAction.ASSIGN_CASE),
            Map.entry(ChargeSheetFiled.class, AuditAction.FILE_CHARGE_SHEET),
            Map.entry(TrialOpened.class, AuditAction.OPEN_TRIAL),
            Map.entry(HearingRecorded.class, AuditAction.RECORD_HEARING),
            Map.entry(VerdictGiven.class, AuditAction.RECORD_VERDICT),
            Map.entry(SentencePassed.class, AuditAction.RECORD_SENTENCE),
            Map.entry(SentencingOrderMade.class, AuditAction.MAKE_SENTENCING_ORDER),
            Map.entry(CaseDecided.class, AuditAction.DECIDE_CASE),
            Map.entry(CaseClosed.class, AuditAction.CLOSE_CASE),
            Map.entry(CaseTransferred.class, AuditAction.TRANSFER_CASE),
            Map.entry(BailApplied.class, AuditAction.APPLY_FOR_BAIL),
            Map.entry(BailDecided.class, AuditAction.DECIDE_BAIL),
            Map.entry(BailCancelled.class, AuditAction.CANCEL_BAIL),
            Map.entry(SupplementaryChargeSheetFiled.class, AuditAction.FILE_SUPPLEMENTARY_CHARGE_SHEET),
            Map.entry(AppealFiled.class, AuditAction.FILE_APPEAL),
            Map.entry(AppealAdmissionOrdered.class, AuditAction.ORDER_APPEAL_ADMISSION),
            Map.entry(AppealDecided.class, AuditAction.DECIDE_APPEAL),
            Map.entry(SentenceSuspended.class, AuditAction.SUSPEND_SENTENCE));

    private CaseChangeAudit() {
    }

    /**
     * @param before the case's status before the change; empty for a case just registered
     * @param after  the case after the change, whose events are still pending
     */
    public static AuditEntry entry(Instant at, String actorId, Optional<CaseStatus> before, Case after) {
        List<CaseEvent> events = after.pendingEvents();
        if (events.isEmpty()) {
            throw new IllegalStateException("a change of case " + after.id() + " recorded no event");
        }
        CaseEvent first = events.get(0);
        return new AuditEntry(at, actorId, actionOf(first), after.id(), before, Optional.of(after.status()),
                noteOn(first), CaseEventContent.of(events));
    }

    static AuditAction actionOf(CaseEvent event) {
        if (event instanceof CustodyChanged e) {
            return custodyAction(e.change().status());
        }
        AuditAction action = ACTIONS.get(event.getClass());
        if (action == null) {
            throw new IllegalArgumentException("no audit action for " + event.getClass().getName());
        }
        return action;
    }

    /** A short note for the trail's readers: never a name or an identity. */
    static String noteOn(CaseEvent event) {
        if (event instanceof FirRegistered e) {
            return "FIR number " + e.firNumber();
        }
        if (event instanceof VictimAdded e) {
            return "victim recorded under the pseudonym " + e.victim().pseudonym();
        }
        if (event instanceof AccusedAdded e) {
            return e.accused().justification().isPresent() ? "accused with a non-punishment justification" : "";
        }
        if (event instanceof CaseAssigned e) {
            return assigned(e.assignment());
        }
        if (event instanceof ChargeSheetFiled e) {
            return e.offences().size() + " charge(s)";
        }
        if (event instanceof SupplementaryChargeSheetFiled e) {
            return e.offences().size() + " charge(s) by a supplementary charge sheet";
        }
        if (event instanceof CustodyChanged e) {
            return "accused " + e.change().accused() + " " + e.change().status();
        }
        if (event instanceof BailDecided e) {
            return "bail " + e.decision().outcome() + " on application " + e.applicationId();
        }
        if (event instanceof HearingRecorded e) {
            return "hearing of " + e.hearing().date();
        }
        if (event instanceof VerdictGiven e) {
            return e.outcome() + " on charge " + e.offenceId();
        }
        if (event instanceof SentencePassed e) {
            return "sentence on charge " + e.offenceId();
        }
        if (event instanceof SentencingOrderMade e) {
            return "sentencing order for accused " + e.order().accused();
        }
        if (event instanceof CaseTransferred e) {
            return "transferred from " + e.transfer().from().code() + " to " + e.transfer().to().code();
        }
        if (event instanceof AppealFiled e) {
            return e.appeal().kind() + " by the " + e.appeal().appellant() + " to the " + e.appeal().forum()
                    + " for accused " + e.appeal().accused();
        }
        if (event instanceof AppealAdmissionOrdered e) {
            return (e.admission().admitted() ? "admitted" : "dismissed in limine") + ": appeal " + e.appealId();
        }
        if (event instanceof AppealDecided e) {
            return e.decision().outcome() + " on appeal " + e.appealId();
        }
        return "";
    }

    // A custody change opens a change only when the police or the court changed the custody itself;
    // a release on bail follows the order granting it, which opens that change.
    private static AuditAction custodyAction(CustodyStatus status) {
        return switch (status) {
            case IN_CUSTODY -> AuditAction.ARREST_ACCUSED;
            case ABSCONDING -> AuditAction.DECLARE_ABSCONDING;
            case PROCLAIMED_OFFENDER -> AuditAction.DECLARE_PROCLAIMED_OFFENDER;
            case ON_BAIL -> AuditAction.DECIDE_BAIL;
            case NOT_ARRESTED -> throw new IllegalArgumentException("no step makes an accused not arrested again");
        };
    }

    private static String assigned(CaseAssignment a) {
        StringBuilder parts = new StringBuilder("assigned");
        a.investigator().ifPresent(id -> parts.append(" investigator ").append(id));
        a.prosecutor().ifPresent(id -> parts.append(" prosecutor ").append(id));
        a.court().ifPresent(c -> parts.append(" court ").append(c));
        a.judge().ifPresent(id -> parts.append(" judge ").append(id));
        return parts.toString();
    }
}
