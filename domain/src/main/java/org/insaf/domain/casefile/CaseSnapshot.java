package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.person.Victim;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored state of a case, for persistence adapters: {@link Case#snapshot()} writes it and
 * {@link Case#reconstitute(CaseSnapshot)} reads it back without replaying the lifecycle.
 *
 * @param statusDates the date on which the case entered each status it has passed through
 * @param version     optimistic-locking version; the domain carries it, the adapter checks and increments it
 * @param otherSections sections of other laws the FIR cites, as written (see {@link Case#otherSections()})
 * @param assignment    who works on the case
 * @param recordedFacts the facts the investigation has recorded, if any
 * @param office        the office that investigates the case now
 * @param sentencingOrders the judge's order over the sentences of each accused who has one
 * @param transfers     the case's transfers, oldest first (the first one's origin registered the FIR)
 * @param proceedings   the accused's custody, bail and supplementary charges
 */
public record CaseSnapshot(CaseId id, long version, FirNumber firNumber, InvestigatingOffice office,
                           Set<StatuteCode> firSections, CaseStatus status, Map<CaseStatus, LocalDate> statusDates,
                           String investigationClosedReason, List<Victim> victims, List<Accused> accused,
                           List<Offence> offences, List<Hearing> hearings, List<CaseWarning> warnings,
                           List<String> otherSections, CaseAssignment assignment, Optional<OffenceFacts> recordedFacts,
                           List<SentencingOrder> sentencingOrders, List<CaseTransfer> transfers,
                           AccusedProceedings proceedings) {

    /** A case just registered: never transferred, no sentencing orders, no custody or bail recorded. */
    public CaseSnapshot(CaseId id, long version, FirNumber firNumber, InvestigatingOffice office,
                        Set<StatuteCode> firSections, CaseStatus status, Map<CaseStatus, LocalDate> statusDates,
                        String investigationClosedReason, List<Victim> victims, List<Accused> accused,
                        List<Offence> offences, List<Hearing> hearings, List<CaseWarning> warnings,
                        List<String> otherSections, CaseAssignment assignment, Optional<OffenceFacts> recordedFacts) {
        this(id, version, firNumber, office, firSections, status, statusDates, investigationClosedReason, victims,
                accused, offences, hearings, warnings, otherSections, assignment, recordedFacts, List.of(), List.of(),
                AccusedProceedings.NONE);
    }

    public CaseSnapshot {
        otherSections = otherSections == null ? List.of() : List.copyOf(otherSections);
        firSections = Set.copyOf(firSections);
        statusDates = Map.copyOf(statusDates);
        victims = List.copyOf(victims);
        accused = List.copyOf(accused);
        offences = List.copyOf(offences);
        hearings = List.copyOf(hearings);
        warnings = List.copyOf(warnings);
        assignment = assignment == null ? CaseAssignment.NONE : assignment;
        recordedFacts = recordedFacts == null ? Optional.empty() : recordedFacts;
        sentencingOrders = sentencingOrders == null ? List.of() : List.copyOf(sentencingOrders);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
        proceedings = proceedings == null ? AccusedProceedings.NONE : proceedings;
    }
}
