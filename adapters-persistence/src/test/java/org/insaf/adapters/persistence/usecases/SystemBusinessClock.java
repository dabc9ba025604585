package org.insaf.adapters.persistence.usecases;

import jakarta.enterprise.context.ApplicationScoped;
import org.insaf.application.port.out.BusinessClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The business clock the use cases run on in this module's tests: the system's, in Pakistan's days. */
@ApplicationScoped
class SystemBusinessClock implements BusinessClock {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(PAKISTAN);
    }
}
