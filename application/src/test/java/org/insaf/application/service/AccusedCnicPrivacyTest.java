package org.insaf.application.service;

import org.insaf.application.access.AccessRefused;
import org.insaf.application.port.in.AddAccusedUseCase;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CNIC given for an accused is matched against the victims' identities, so only the people
 * assigned to the case may give one: an office colleague cannot probe which person a victim is.
 */
class AccusedCnicPrivacyTest extends UseCaseTest {

    private static Trafficker withCnic(String cnic) {
        return Trafficker.person(PersonId.random(), "Probe", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN)
                .withCnic(cnic);
    }

    @Test
    void an_office_colleague_may_not_record_a_cnic_and_learns_nothing() {
        CaseId id = story().investigating().id();
        AccessRefused refused = refused(id, AccessRefused.class, () -> app.investigation.addAccused(
                new AddAccusedUseCase.Command(Actors.COLLEAGUE, id, Optional.empty(), withCnic("35202-1234567-8"),
                        Optional.empty())));
        assertThat(refused.getMessage()).contains("may record an accused's CNIC").doesNotContain("V-");
    }

    @Test
    void the_colleague_may_still_add_an_accused_without_cnic_and_the_lead_with_one() {
        CaseId id = story().investigating().id();
        app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.COLLEAGUE, id, Optional.empty(),
                Trafficker.person(PersonId.random(), "No CNIC", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN),
                Optional.empty()));
        app.investigation.addAccused(new AddAccusedUseCase.Command(Actors.LEAD, id, Optional.empty(),
                withCnic("35202-7654321-1"), Optional.empty()));
        assertThat(app.load(id).accused()).hasSize(2);
    }
}
