package org.insaf.bootstrap.security;

/**
 * The token could not be checked because Keycloak did not answer: a fault of the service's
 * surroundings, not a verdict on the caller. Carried as the cause of the authentication failure
 * (nothing passes), which {@link IdentityProviderUnavailableResponse} answers 503, not 401, so the
 * client retries instead of sending its user to sign in again, to a sign-in service that is down.
 */
public class IdentityProviderUnreachable extends RuntimeException {

    public IdentityProviderUnreachable(Throwable cause) {
        super("Keycloak could not be reached to check a token", cause);
    }
}
