package org.insaf.application.adapters;

import org.insaf.application.port.out.BusinessClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it. */
public class FixedClock implements BusinessClock {

    private LocalDate today;

    public FixedClock(LocalDate today) {
        this.today = today;
    }

    public void set(LocalDate day) {
        this.today = day;
    }

    @Override
    public Instant now() {
        return today.atTime(12, 0).toInstant(ZoneOffset.ofHours(5));
    }

    @Override
    public LocalDate today() {
        return today;
    }
}
