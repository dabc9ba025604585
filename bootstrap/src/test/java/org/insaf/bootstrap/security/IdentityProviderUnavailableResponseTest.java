package org.insaf.bootstrap.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which authentication failures are Keycloak's absence (503) and which are a verdict on the token (401). */
class IdentityProviderUnavailableResponseTest {

    @Test
    void keycloak_not_reached_is_unavailable_wherever_it_shows_in_the_chain() {
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException(
                new IdentityProviderUnreachable(new ConnectException("Connection refused"))))).isTrue();
        assertThat(IdentityProviderUnavailableResponse.explains(new OIDCException("OIDC Server is not available"))).isTrue();
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException(
                new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException(
                new TimeoutException()))).isTrue();
    }

    @Test
    void a_bad_token_expired_token_or_ended_session_stays_a_401() {
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException())).isFalse();
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException(
                "the token's session has ended or its user is disabled"))).isFalse();
        assertThat(IdentityProviderUnavailableResponse.explains(new AuthenticationFailedException(
                new IllegalArgumentException("Invalid JWT signature")))).isFalse();
        assertThat(IdentityProviderUnavailableResponse.explains(null)).isFalse();
    }
}
