package org.insaf.application.contract;

import org.insaf.application.error.Conflict;
import org.insaf.application.port.out.FiguresPublications;
import org.insaf.application.statistics.CountingUnit;
import org.insaf.application.statistics.HeadlineFigures;
import org.insaf.application.statistics.Publication;
import org.insaf.application.statistics.StatuteFigures;
import org.insaf.application.statistics.YearlyFigures;
import org.insaf.application.statistics.AgeGroup;
import org.insaf.domain.casefile.CaseStatus;
import org.insaf.domain.person.Gender;
import org.insaf.domain.statute.Purpose;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link FiguresPublications} must keep: each publication as it was given, every
 * revision, by year then revision, and never two of the same revision. Years 2008 and 2009 (no
 * other test publishes them; the table is never emptied).
 */
public abstract class FiguresPublicationsContract {

    protected abstract FiguresPublications publications();

    /** Runs work in one transaction that commits when it returns; by default, just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected static YearlyFigures figures(int year, long pachtoInvestigated) {
        return new YearlyFigures(year,
                List.of(new StatuteFigures(StatuteCode.of("PACHTO-3"), pachtoInvestigated, 60, 25),
                        new StatuteFigures(StatuteCode.of("PPC-371A"), 3, 0, 0)),
                HeadlineFigures.persons(pachtoInvestigated + 1, 60, 25),
                new HeadlineFigures(CountingUnit.PERSON_STATUTE_PAIRS, pachtoInvestigated + 3, 60, 25),
                Map.of(Gender.FEMALE, 3L, Gender.TRANSGENDER, 1L), Map.of(AgeGroup.CHILD, 4L),
                Map.of(Purpose.SEXUAL_EXPLOITATION, 3L), Map.of(CaseStatus.ON_TRIAL, 3L, CaseStatus.CLOSED, 1L));
    }

    protected static Publication publication(int year, int revision, long pachtoInvestigated) {
        Instant at = Instant.parse("2025-01-10T07:00:00.123456Z").plus(revision, ChronoUnit.DAYS);
        return new Publication(year, revision, LocalDate.of(2025, 1, 10).plusDays(revision), at, "analyst-" + revision,
                revision == 1 ? Optional.empty() : Optional.of("Two cases of 2008 were entered late (revision " + revision + ")"),
                figures(year, pachtoInvestigated));
    }

    private void add(Publication p) {
        inTransaction(() -> {
            publications().add(p);
            return null;
        });
    }

    private List<Publication> between(int from, int to) {
        return inTransaction(() -> publications().between(from, to));
    }

    @Test
    void every_revision_is_kept_as_published_by_year_then_revision() {
        Publication first2009 = publication(2009, 1, 90);
        Publication first2008 = publication(2008, 1, 98);
        Publication second2008 = publication(2008, 2, 100);
        add(first2009);
        add(first2008);
        add(second2008);
        assertThat(between(2008, 2009)).containsExactly(first2008, second2008, first2009);
        assertThat(between(2008, 2008)).containsExactly(first2008, second2008);
        assertThat(between(2008, 2008).get(0).figures()).isEqualTo(figures(2008, 98));
        assertThat(between(2010, 2011)).isEmpty();

        assertThatThrownBy(() -> add(publication(2008, 2, 101))).isInstanceOf(Conflict.class)
                .hasMessageContaining("revision 2 of the figures of 2008");
        assertThat(between(2008, 2008)).containsExactly(first2008, second2008);
    }
}
