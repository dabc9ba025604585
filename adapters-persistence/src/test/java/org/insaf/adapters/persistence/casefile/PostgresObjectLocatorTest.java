package org.insaf.adapters.persistence.casefile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.insaf.adapters.persistence.testing.AccusedCases;
import org.insaf.adapters.persistence.testing.PostgresTestDatabase;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.application.port.out.CaseVisibility;
import org.insaf.application.port.out.ObjectLocator;
import org.insaf.application.port.out.ObjectLocator.Kind;
import org.insaf.application.port.out.ObjectLocator.Located;
import org.insaf.domain.casefile.CaseId;
import org.insaf.domain.person.Trafficker;
import org.insaf.domain.person.TraffickerRole;
import org.insaf.domain.shared.CountryCode;
import org.insaf.domain.shared.PersonId;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** node(id)'s first step on the real database: which object an id names, and which case holds it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class PostgresObjectLocatorTest {

    @Inject AccusedCases cases;
    @Inject ObjectLocator locator;

    private final String lahore = "FIA-AHTC-LOCATE-" + UUID.randomUUID().toString().substring(0, 8);
    private final String karachi = lahore + "-KARACHI";

    private CaseId caseOf(String office, PersonId accused) {
        Actor investigator = new Actor("inv-" + UUID.randomUUID(), Set.of(Role.INVESTIGATOR), Optional.of(office));
        return cases.with(investigator, office,
                Trafficker.person(accused, "Rashid Locate", Set.of(TraffickerRole.RECRUITER), CountryCode.PAKISTAN));
    }

    private Optional<Located> locate(UUID id, CaseVisibility visibility) {
        return QuarkusTransaction.requiringNew().call(() -> locator.locate(id, visibility));
    }

    private static CaseVisibility office(String office) {
        return new CaseVisibility(false, Optional.of(office), Optional.empty());
    }

    @Test
    void one_person_accused_in_two_offices_cases_is_found_in_the_case_the_caller_may_see() {
        PersonId rashid = PersonId.random();
        // The Karachi case gets the lower id or the higher one at random: each office must get its own either way.
        CaseId inLahore = caseOf(lahore, rashid);
        CaseId inKarachi = caseOf(karachi, rashid);

        assertThat(locate(rashid.value(), office(lahore))).contains(new Located(Kind.ACCUSED, inLahore));
        assertThat(locate(rashid.value(), office(karachi))).contains(new Located(Kind.ACCUSED, inKarachi));
        // Neither open: one of them, which the access rule then refuses.
        assertThat(locate(rashid.value(), office(lahore + "-NOWHERE"))).hasValueSatisfying(found ->
                assertThat(found.caseId()).isIn(inLahore, inKarachi));
    }

    @Test
    void a_case_id_names_its_case_and_an_id_of_nothing_names_nothing() {
        CaseId theCase = caseOf(lahore, PersonId.random());
        assertThat(locate(theCase.value(), office(karachi))).contains(new Located(Kind.CASE, theCase));
        assertThat(locate(UUID.randomUUID(), office(lahore))).isEmpty();
    }
}
