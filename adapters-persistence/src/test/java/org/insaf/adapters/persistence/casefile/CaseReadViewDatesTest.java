package org.insaf.adapters.persistence.casefile;

import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read view's own date reading agrees with the ISO parser on every date and refuses what it refuses. */
class CaseReadViewDatesTest {

    @Test
    void everyDayOfThreeCenturiesReadsAsTheIsoParserReadsIt() {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.isBefore(LocalDate.of(2200, 1, 1)); day = day.plusDays(1)) {
            assertThat(CaseReadViews.IsoDate.parse(day.toString())).isEqualTo(LocalDate.parse(day.toString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "2024-1-011",
            "+024-01-01", "2024/01/01", "2024-01-0a", "24-01-01", "", "2024-01-01T00:00"})
    void whatIsNotADateIsRefused(String text) {
        assertThatThrownBy(() -> CaseReadViews.IsoDate.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aStoredViewWithAnImpossibleDateCannotBeRead() {
        Case registered = Case.register(CaseId.random(), new FirNumber("7/2024"), new FiaCircle("Quetta"),
                LocalDate.of(2024, 3, 1), Set.of(StatuteCode.of("PPC-370")), List.of(), LocalDate.of(2024, 3, 2));
        String view = CaseReadViews.of(registered, 1);
        String broken = view.replaceFirst("\"\\d{4}-\\d{2}-\\d{2}\"", "\"2023-02-29\"");
        assertThat(broken).isNotEqualTo(view);
        assertThat(CaseReadViews.read(view.getBytes(StandardCharsets.UTF_8)).registeredOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> CaseReadViews.read(broken.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalStateException.class);
    }
}
