package org.insaf.domain.casefile;

import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.InvalidValueException;
import org.insaf.domain.shared.InvariantViolation;
import org.insaf.domain.shared.PersonId;
import org.insaf.domain.shared.Rule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.insaf.domain.casefile.CaseFixture.CATALOGUE;
import static org.insaf.domain.casefile.CaseFixture.INVESTIGATING;
import static org.insaf.domain.casefile.CaseFixture.TODAY;

/** The day an accused is added to the case is a business date of the case, like its other steps. */
class AccusedAddedOnTest {

    private final CaseFixture fixture = new CaseFixture().investigating();
    private final Case theCase = fixture.theCase;

    private static Trafficker someone() {
        return Trafficker.person(PersonId.random(), "Sub-agent", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN);
    }

    @Test
    void an_accused_added_to_an_investigation_a_year_later_records_that_day() {
        Trafficker later = someone();
        theCase.addAccused(later, null, LocalDate.of(2018, 2, 1), TODAY);
        assertThat(theCase.accusedPerson(later.id())).get().extracting(Accused::addedOn).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(theCase.latestDate()).isEqualTo(LocalDate.of(2018, 2, 1));
    }

    @Test
    void without_a_date_of_its_own_an_accused_is_added_on_the_cases_latest_date() {
        Trafficker undated = someone();
        theCase.addAccused(undated, null, theCase.latestDate(), theCase.latestDate());
        assertThat(theCase.accusedPerson(undated.id())).get().extracting(Accused::addedOn).isEqualTo(INVESTIGATING);
    }

    @Test
    void the_day_may_not_be_before_the_cases_latest_date_nor_in_the_future() {
        Trafficker early = someone();
        assertThatThrownBy(() -> theCase.addAccused(early, null, INVESTIGATING.minusDays(1), TODAY))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("the accused's addition date 2017-01-11 is before 2017-01-12, the latest date already recorded in the case")
                .extracting(e -> ((InvariantViolation) e).rule()).isEqualTo(Rule.BUSINESS_DATE);
        assertThatThrownBy(() -> theCase.addAccused(early, null, TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("the accused's addition date 2024-01-02 is in the future (today is 2024-01-01)");
        assertThat(theCase.accusedPerson(early.id())).isEmpty();
    }

    @Test
    void a_charge_sheet_may_not_be_dated_before_an_accused_was_added() {
        theCase.addAccused(someone(), null, LocalDate.of(2017, 5, 1), TODAY);
        assertThatThrownBy(() -> theCase.fileChargeSheet(List.of(fixture.validCharge()), CATALOGUE,
                LocalDate.of(2017, 4, 3), TODAY))
                .isInstanceOf(InvariantViolation.class)
                .extracting(e -> ((InvariantViolation) e).rule()).isEqualTo(Rule.BUSINESS_DATE);
    }

    @Test
    void an_accused_always_has_the_day_they_were_added() {
        assertThatThrownBy(() -> new Accused(someone(), null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("date the accused was added");
    }
}
