package org.insaf.application.port.in;

/**
 * Says that a victim of another case who shares a term with a victim of this one is not the same
 * person; the pair is not shown again (investigators of the case's office), with the reason.
 */
public interface RejectVictimCandidateUseCase {

    void rejectVictimCandidate(VictimPairCommand command);
}
