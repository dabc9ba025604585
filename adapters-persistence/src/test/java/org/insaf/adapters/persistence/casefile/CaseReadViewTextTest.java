package org.insaf.adapters.persistence.casefile;

import org.insaf.application.casefile.CaseView;
import org.insaf.application.casefile.read.CaseProjection;
import org.insaf.domain.casefile.Case;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.statute.StatuteCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored view is read from the UTF-8 bytes PostgreSQL sends, whatever the script of its text. */
class CaseReadViewTextTest {

    @Test
    void names_in_urdu_script_and_with_diacritics_are_read_back_as_written() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Case c = Case.register(CaseId.random(), new FirNumber("8/2024"), new FiaCircle("Quetta"), day,
                Set.of(StatuteCode.of("PPC-370")), List.of(), day);
        c.startInvestigation(day, day);
        c.addAccused(Trafficker.person(PersonId.random(), "محمد اسلم ولد غلام رسول", Set.of(TraffickerRole.RECRUITER),
                CountryCode.PAKISTAN), null, day, day);
        c.addAccused(Trafficker.person(PersonId.random(), "Mīr Zafarullāh Khān 🙂", Set.of(TraffickerRole.TRANSPORTER),
                CountryCode.PAKISTAN), null, day, day);

        byte[] stored = CaseReadViews.of(c, 3).getBytes(StandardCharsets.UTF_8);

        assertThat(CaseReadViews.read(stored)).isEqualTo(CaseProjection.of(CaseView.of(c, 3)));
        assertThat(CaseReadViews.read(stored).accused()).extracting(a -> a.name())
                .containsExactlyInAnyOrder("محمد اسلم ولد غلام رسول", "Mīr Zafarullāh Khān 🙂");
    }

    @Test
    void bytes_that_are_not_a_view_are_refused() {
        assertThatThrownBy(() -> CaseReadViews.read("{\"id\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseReadViews.read(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(IllegalStateException.class);
    }
}
