package org.insaf.application.access;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void the_insaf_roles_of_a_token_are_read_from_their_realm_names() {
        assertThat(Role.granted(List.of("judge", "analyst"))).containsExactlyInAnyOrder(Role.JUDGE, Role.ANALYST);
        assertThat(Role.granted(List.of("investigator", "prosecutor", "admin")))
                .containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.PROSECUTOR, Role.ADMIN);
    }

    @Test
    void other_realm_roles_and_other_spellings_grant_nothing() {
        assertThat(Role.granted(List.of("offline_access", "uma_authorization", "default-roles-insaf", "JUDGE", "Admin")))
                .isEmpty();
        assertThat(Role.granted(List.of())).isEmpty();
    }
}
