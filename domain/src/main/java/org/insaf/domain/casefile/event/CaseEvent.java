package org.insaf.domain.casefile.event;

import org.insaf.domain.casefile.CaseId;

import java.time.LocalDate;

/**
 * Something that happened to a case, in the law's words. The case records one for each change a
 * command makes, in order, carrying exactly what a writer needs to add or change the rows it
 * touches; a refused command records none.
 */
public sealed interface CaseEvent permits StatusEntered, VictimAdded, AccusedAdded, FactsRecorded, CaseAssigned,
        HearingRecorded, VerdictGiven, SentencePassed, SentencingOrderMade, CaseTransferred, BailApplied, BailDecided,
        BailCancelled, CustodyChanged, SupplementaryChargeSheetFiled,
        AppealFiled, AppealAdmissionOrdered, AppealDecided, SentenceSuspended {

    CaseId caseId();

    /** The business date it happened on (not the time it was saved). */
    LocalDate on();
}
