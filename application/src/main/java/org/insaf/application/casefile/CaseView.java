package org.insaf.application.casefile;

import org.insaf.domain.casefile.Accused;
import org.insaf.domain.casefile.AccusedProceedings;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseAssignment;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.casefile.CaseTransfer;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.casefile.CaseWarning;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.Hearing;
import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.sentencing.SentencingOrder;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case as the use cases hand it out: everything but the victims' identities, which are read
 * one by one through {@link org.insaf.application.port.in.ReadVictimIdentityUseCase} and audited.
 */
public record CaseView(CaseId id, long version, FirNumber firNumber, InvestigatingOffice office, Set<StatuteCode> firSections,
                       CaseStatus status, Map<CaseStatus, LocalDate> statusDates,
                       Optional<String> investigationClosedReason, List<VictimView> victims, List<Accused> accused,
                       List<Offence> offences, List<Hearing> hearings, List<CaseWarning> warnings,
                       CaseAssignment assignment, Optional<OffenceFacts> recordedFacts, List<String> otherSections,
                       List<SentencingOrder> sentencingOrders, List<CaseTransfer> transfers,
                       AccusedProceedings proceedings) {

    public CaseView {
        sentencingOrders = sentencingOrders == null ? List.of() : List.copyOf(sentencingOrders);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
        proceedings = proceedings == null ? AccusedProceedings.NONE : proceedings;
    }

    /**
     * A case of an FIA circle never transferred, without sentencing orders, whose accused have no
     * custody, bail or supplementary charges recorded.
     */
    public CaseView(CaseId id, long version, FirNumber firNumber, FiaCircle circle, Set<StatuteCode> firSections,
                    CaseStatus status, Map<CaseStatus, LocalDate> statusDates,
                    Optional<String> investigationClosedReason, List<VictimView> victims, List<Accused> accused,
                    List<Offence> offences, List<Hearing> hearings, List<CaseWarning> warnings,
                    CaseAssignment assignment, Optional<OffenceFacts> recordedFacts, List<String> otherSections) {
        this(id, version, firNumber, InvestigatingOffice.of(circle), firSections, status, statusDates,
                investigationClosedReason, victims, accused, offences, hearings, warnings, assignment, recordedFacts,
                otherSections, List.of(), List.of(), AccusedProceedings.NONE);
    }

    /** The code of the office that holds the case, as the older API named it. */
    public FiaCircle circle() {
        return office.asCircle();
    }

    /** The office where the FIR was registered. */
    public InvestigatingOffice registeredAt() {
        return transfers.isEmpty() ? office : transfers.get(0).from();
    }

    public static CaseView of(Case c) {
        return of(c, c.version());
    }

    public static CaseView of(Case c, long version) {
        return new CaseView(c.id(), version, c.firNumber(), c.office(), c.firSections(), c.status(),
                c.statusDates(), c.investigationClosedReason(),
                c.victims().stream().map(VictimView::of).toList(), c.accused(), c.offences(), c.hearings(),
                c.warnings(), c.assignment(), c.recordedFacts(), c.otherSections(), c.sentencingOrders(),
                c.transfers(), c.proceedings());
    }
}
