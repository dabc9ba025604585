package org.insaf.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The time of the system: "today" for business dates (no date may be in the future), and instants for the audit log. */
public interface BusinessClock {

    Instant now();

    /** Today in Pakistan, where the cases are. */
    LocalDate today();
}
