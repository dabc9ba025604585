package org.insaf.adapters.graphql.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.insaf.application.access.Actor;
import org.insaf.application.access.Role;
import org.insaf.domain.casefile.Agency;
import java.util.List;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's verified token into the application's actor: subject, Insaf's roles only, and the office claim. */
class CallerActorTest {

    static Actor actorOf(Principal principal, String... roles) {
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(principal);
        for (String role : roles) {
            identity.addRole(role);
        }
        return new CallerActor(identity.build()).actor();
    }

    static JsonWebToken token(String name, String subject, Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getSubject() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    @Test
    void a_token_gives_its_subject_insafs_roles_and_its_office() {
        Actor actor = actorOf(token("investigator", "1a5af00d-0000-4000-8000-000000000001", Map.of("office", "AHTC Lahore")),
                "investigator", "offline_access", "uma_authorization");

        assertThat(actor).isEqualTo(new Actor("1a5af00d-0000-4000-8000-000000000001", Set.of(Role.INVESTIGATOR),
                Optional.of("AHTC Lahore")));
    }

    @Test
    void a_token_without_a_subject_is_known_by_its_name_and_without_an_office_has_none() {
        Actor actor = actorOf(token("judge", null, Map.of()), "judge", "admin");

        assertThat(actor).isEqualTo(new Actor("judge", Set.of(Role.JUDGE, Role.ADMIN), Optional.empty()));
    }

    @Test
    void the_agency_claim_names_the_agency_of_the_office_and_its_absence_the_FIA() {
        Actor police = actorOf(token("sho", "p-1", Map.of("office", "PB-LHR-CIVIL-LINES", "agency",
                "PROVINCIAL_POLICE")), "investigator");
        assertThat(police).isEqualTo(new Actor("p-1", Set.of(Role.INVESTIGATOR), Optional.of("PB-LHR-CIVIL-LINES"),
                Agency.PROVINCIAL_POLICE));
        assertThat(actorOf(token("inv", "f-1", Map.of("office", "AHTC Lahore")), "investigator").agency())
                .isEqualTo(Agency.FIA);
    }

    @Test
    void an_agency_insaf_does_not_know_leaves_the_caller_without_an_office() {
        for (String claimed : List.of("police", "FBI", "", "PROVINCIAL_POLICE ")) {
            Actor actor = actorOf(token("x", "x-1", Map.of("office", "AHTC Lahore", "agency", claimed)), "investigator");
            assertThat(actor.office()).as(claimed).isEmpty();
        }
    }

    @Test
    void a_blank_office_claim_is_no_office() {
        assertThat(actorOf(token("analyst", "a-1", Map.of("office", "  ")), "analyst").office()).isEmpty();
    }

    @Test
    void roles_are_matched_by_their_exact_lower_case_realm_names() {
        assertThat(actorOf(new QuarkusPrincipal("x"), "INVESTIGATOR", "Judge", " admin", "auditor").roles())
                .containsExactly(Role.AUDITOR);
        assertThat(actorOf(new QuarkusPrincipal("x")).roles()).isEmpty();
    }

    @Test
    void a_principal_that_is_not_a_token_is_known_by_its_name_without_an_office() {
        assertThat(actorOf(new QuarkusPrincipal("prosecutor"), "prosecutor"))
                .isEqualTo(new Actor("prosecutor", Set.of(Role.PROSECUTOR), Optional.empty()));
    }
}
