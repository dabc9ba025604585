package org.insaf.bootstrap.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A token stops working within {@code insaf.security.session-recheck} (default 30 s, at most 60 s)
 * of its user being disabled or its session ending, though it is valid for 15 minutes. The token
 * is still verified locally first (signature, issuer, audience, expiry); then Keycloak's
 * introspection endpoint is asked whether its session is still live, and the answer is kept for the
 * recheck interval, so Keycloak hears about a token at most once per interval, not on every
 * request. When Keycloak cannot answer, the request is refused (503 IDENTITY_PROVIDER_UNAVAILABLE):
 * a token the service cannot vouch for gets nothing. Identities without a bearer token (anonymous ones) pass through untouched.
 * Why introspection and not shorter tokens, and what it costs: docs/security.md.
 */
@ApplicationScoped
public class LiveSessionCheck implements SecurityIdentityAugmentor {

    /** The longest recheck interval accepted: the bound docs/security.md promises. */
    static final Duration MAXIMUM_RECHECK = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(LiveSessionCheck.class);

    private final Optional<URI> introspection;
    private final String basicAuthorization;
    private final AsyncCache<String, Boolean> liveByToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    public LiveSessionCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServer,
                            @ConfigProperty(name = "insaf.security.introspection-url") Optional<String> introspectionUrl,
                            @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> clientId,
                            @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> secret,
                            @ConfigProperty(name = "insaf.security.session-recheck", defaultValue = "30S") Duration recheck) {
        if (recheck.isNegative() || recheck.isZero() || recheck.compareTo(MAXIMUM_RECHECK) > 0) {
            throw new IllegalStateException("insaf.security.session-recheck must be more than 0 and at most "
                    + MAXIMUM_RECHECK.toSeconds() + " s; it is " + recheck.toSeconds() + " s");
        }
        // Keycloak's endpoint; another provider sets insaf.security.introspection-url.
        this.introspection = introspectionUrl.or(() -> authServer.map(url -> url.replaceAll("/+$", "")
                + "/protocol/openid-connect/token/introspect")).map(URI::create);
        this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (form(clientId.orElse("")) + ":" + form(secret.orElse(""))).getBytes(StandardCharsets.UTF_8));
        this.liveByToken = Caffeine.newBuilder().expireAfterWrite(recheck).maximumSize(100_000).buildAsync();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token == null || introspection.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        // A failed lookup is not kept (Caffeine drops failed futures): the next request asks again.
        Uni<Boolean> live = Uni.createFrom().completionStage(() -> liveByToken.get(digest(token.getToken()),
                (key, executor) -> isLive(token.getToken())));
        // Keycloak's answer arrives on the HTTP client's thread: the request goes on from the
        // request's own Vert.x context, which carries its request scope.
        Context requestContext = Vertx.currentContext();
        if (requestContext != null) {
            live = live.emitOn(work -> requestContext.runOnContext(ignored -> work.run()));
        }
        return live
                .onItem().transform(isLive -> {
                    if (!isLive) {
                        throw new AuthenticationFailedException("the token's session has ended or its user is disabled");
                    }
                    return identity;
                })
                .onFailure(e -> !(e instanceof AuthenticationFailedException)).transform(e -> {
                    LOG.warnf("Keycloak could not say whether a token's session is live (%s); the request is refused",
                            e.toString());
                    return new AuthenticationFailedException(new IdentityProviderUnreachable(e));
                });
    }

    private CompletableFuture<Boolean> isLive(String token) {
        HttpRequest request = HttpRequest.newBuilder(introspection.orElseThrow())
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + form(token) + "&token_type_hint=access_token"))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("introspection answered HTTP " + response.statusCode());
            }
            return new JsonObject(response.body()).getBoolean("active", false);
        });
    }

    /** The cache holds digests, not tokens: a heap dump yields no usable credential. */
    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
