package org.insaf.domain.casefile;

import org.insaf.domain.offence.Offence;
import org.insaf.domain.offence.OffenceFacts;
import org.insaf.domain.person.Victim;
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
 * @param proceedings   the accused's custody, bail and supplementary charges
 */
public record CaseSnapshot(CaseId id, long version, FirNumber firNumber, FiaCircle circle,
                           Set<StatuteCode> firSections, CaseStatus status, Map<CaseStatus, LocalDate> statusDates,
                           String investigationClosedReason, List<Victim> victims, List<Accused> accused,
                           List<Offence> offences, List<Hearing> hearings, List<CaseWarning> warnings,
                           List<String> otherSections, CaseAssignment assignment, Optional<OffenceFacts> recordedFacts,
                           AccusedProceedings proceedings) {

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
        proceedings = proceedings == null ? AccusedProceedings.NONE : proceedings;
    }
}
