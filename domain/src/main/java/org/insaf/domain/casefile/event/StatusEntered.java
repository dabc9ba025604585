package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseStatus;

/**
 * An event that moves the case into a status on its date: replayed in order, these events give the
 * case's status history.
 */
public sealed interface StatusEntered extends CaseEvent permits FirRegistered, InvestigationStarted,
        InvestigationClosed, ChargeSheetFiled, TrialOpened, CaseDecided, CaseClosed {

    CaseStatus status();
}
