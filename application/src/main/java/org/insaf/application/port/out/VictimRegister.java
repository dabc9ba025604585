package org.insaf.application.port.out;

import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.registry.MatchReason;
import org.insaf.domain.person.registry.PersonParticulars;
import org.insaf.domain.person.registry.VictimRecord;
import org.insaf.domain.shared.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persons behind the victims of every case, kept as part of the protected identity: the adapter
 * stores the particulars encrypted and, for matching, only keyed hashes of their normalised terms
 * (VictimMatchTerms), so that victims of other cases are found without decrypting any of them.
 */
public interface VictimRegister {

    /** Stores what is known of the victim's person, replacing what was, and the hashes of its terms. */
    void save(PersonId victim, PersonParticulars particulars, Instant at);

    /** The victim's particulars, decrypted: only for a caller who may read the victim's identity. */
    Optional<PersonParticulars> particulars(PersonId victim);

    /** The victim with its case, its recorded CNIC and its links; empty when no victim has the id. */
    Optional<VictimRecord> load(PersonId victim);

    /**
     * The victims of other cases that share a term with this one (not those rejected for it) or are
     * linked to it, oldest case first.
     */
    List<Match> matches(PersonId victim);

    /** Stores the links of the two victims as they now stand (a link made or undone). */
    void saveLink(VictimRecord one, VictimRecord other, String actorId, Instant at);

    /** Notes that an investigator said the other victim is not the same person. */
    void reject(PersonId victim, PersonId other, String actorId, Instant at);

    /**
     * A victim of another case: its pseudonym, its case's FIR number and registration day, whether
     * that case is held by the same office as the case asked about, the terms the two victims share
     * (empty when only linked) and whether an investigator confirmed they are one person.
     */
    record Match(PersonId victim, String pseudonym, CaseId caseId, String firNumber, LocalDate registeredOn,
                 boolean sameOffice, Set<MatchReason> shared, boolean confirmed) {
        public Match {
            shared = Set.copyOf(shared);
        }
    }
}
