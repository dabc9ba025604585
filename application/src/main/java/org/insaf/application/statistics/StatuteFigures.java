package org.insaf.application.statistics;

import org.insaf.domain.statute.StatuteCode;

import java.util.Objects;

/**
 * The yearly figures of one statute, as the government reports them, counted in alleged traffickers,
 * each following the final outcome (docs/statistics.md):
 *
 * @param investigated        accused whose investigation started that year, in a case registered under the statute
 * @param prosecuted          accused against whom a charge sheet under the statute was filed that year
 * @param convicted           accused convicted under the statute by the trial court that year, whose
 *                            conviction stands: one set aside on appeal (acquittal, retrial) no longer counts
 * @param convictedOnAppeal   accused convicted under the statute that year by an appellate court reversing an
 *                            acquittal, whose conviction stands; reported apart from {@code convicted}, as the
 *                            TIP report does
 * @param convictionsSetAside accused whose conviction under the statute an appellate decision of that year
 *                            set aside (acquitted on appeal, or a retrial ordered)
 */
public record StatuteFigures(StatuteCode statute, long investigated, long prosecuted, long convicted,
                             long convictedOnAppeal, long convictionsSetAside) {

    public StatuteFigures {
        Objects.requireNonNull(statute, "statute");
    }

    /** The figures of a statute with no appellate decision that year. */
    public StatuteFigures(StatuteCode statute, long investigated, long prosecuted, long convicted) {
        this(statute, investigated, prosecuted, convicted, 0, 0);
    }
}
