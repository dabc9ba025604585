package org.insaf.domain.statute;

import org.insaf.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InForcePeriodTest {

    static final LocalDate FROM = LocalDate.of(2016, 3, 1);
    static final LocalDate UNTIL = LocalDate.of(2018, 5, 1);

    @Test
    void from_is_inclusive_and_until_is_exclusive() {
        InForcePeriod period = InForcePeriod.between(FROM, UNTIL);
        assertThat(period.includes(FROM.minusDays(1))).isFalse();
        assertThat(period.includes(FROM)).isTrue();
        assertThat(period.includes(UNTIL.minusDays(1))).isTrue();
        assertThat(period.includes(UNTIL)).isFalse();
        assertThat(period.untilDate()).contains(UNTIL);
        assertThat(period.describe()).isEqualTo("from 2016-03-01 to 2018-04-30");
    }

    @Test
    void an_open_period_never_ends() {
        InForcePeriod period = InForcePeriod.from(FROM);
        assertThat(period.includes(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(period.includes(FROM.minusDays(1))).isFalse();
        assertThat(period.untilDate()).isEmpty();
        assertThat(period.describe()).isEqualTo("from 2016-03-01");
    }

    @Test
    void from_must_be_before_until() {
        assertThatThrownBy(() -> InForcePeriod.between(FROM, FROM))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("IN_FORCE_FROM_BEFORE_UNTIL"));
        assertThatThrownBy(() -> InForcePeriod.from(null)).isInstanceOf(InvalidValueException.class);
        assertThat(InForcePeriod.between(FROM, FROM.plusDays(1)).includes(FROM)).isTrue();
    }

    @Test
    void periods_that_meet_do_not_overlap() {
        InForcePeriod first = InForcePeriod.between(FROM, UNTIL);
        assertThat(first.overlaps(InForcePeriod.from(UNTIL))).isFalse();
        assertThat(InForcePeriod.from(UNTIL).overlaps(first)).isFalse();
        assertThat(first.overlaps(InForcePeriod.from(UNTIL.minusDays(1)))).isTrue();
        assertThat(InForcePeriod.from(UNTIL.minusDays(1)).overlaps(first)).isTrue();
        assertThat(InForcePeriod.from(FROM).overlaps(InForcePeriod.from(UNTIL))).isTrue();
        assertThat(first.overlaps(InForcePeriod.between(FROM.minusYears(1), FROM))).isFalse();
    }
}
