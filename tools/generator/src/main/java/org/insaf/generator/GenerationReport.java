package org.insaf.generator;

import org.insaf.domain.casefile.CaseStatus;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a run generated (a resumed run skips the cases the stopped one had stored), counted from
 * the cases as the application returned them, and the digest of their content (see
 * {@link ContentDigest}).
 */
public record GenerationReport(int cases, int skipped, long victims, long accused, long charges, long hearings,
                               long convictions, long sentences, long warnings, long commands,
                               Map<CaseStatus, Long> byStatus, Duration took, String contentDigest) {

    public GenerationReport {
        byStatus = Map.copyOf(byStatus);
    }

    public double casesPerSecond() {
        return took.isZero() ? 0 : cases / (took.toMillis() / 1000.0);
    }

    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%,d cases (%,d already there), %,d victims, %,d accused, %,d charges (%,d convictions, %,d sentences), %,d hearings, "
                        + "%,d mischarging warnings; %,d commands in %s (%.1f cases/s)%nby status: %s%ncontent digest: %s",
                cases, skipped, victims, accused, charges, convictions, sentences, hearings, warnings, commands,
                DataGenerator.duration(took), casesPerSecond(), new EnumMap<>(byStatus), contentDigest);
    }
}
