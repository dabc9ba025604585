package org.insaf.application.port.in;

/**
 * Confirms that a victim of another case is the same person as a victim of this one (investigators
 * of the case's office, who can see the other case), with the reason.
 */
public interface ConfirmVictimLinkUseCase {

    void confirmVictimLink(VictimPairCommand command);
}
