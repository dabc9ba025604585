package org.insaf.application.port.in;

/**
 * Undoes a confirmed link between a victim of this case and one of another: both stand alone again,
 * as they were (investigators of the case's office), with the reason.
 */
public interface SeparateVictimUseCase {

    void separateVictim(VictimPairCommand command);
}
