package org.insaf.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import org.insaf.application.port.out.BusinessClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The system clock; business dates are days in Pakistan, whatever zone the server runs in. */
@ApplicationScoped
class SystemBusinessClock implements BusinessClock {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final Clock clock = Clock.system(PAKISTAN);

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
