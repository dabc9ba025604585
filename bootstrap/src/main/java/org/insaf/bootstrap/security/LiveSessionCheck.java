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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A token stops working within {@code insaf.security.session-recheck} (default 30 s, at most 60 s)
 * of its user being disabled or its session ending, though it is valid for 15 minutes. The token
 * is still verified locally first (signature, issuer, audience, expiry); then Keycloak's
 * introspection endpoint is asked whether its session is still live, and the answer is kept for the
 * recheck interval, so Keycloak hears about a token about once per interval, not on every
 * request. An answer older than two thirds of the interval is still used, and asked again in the
 * background: a token in steady use is rechecked before its answer expires, so no request of it
 * waits for Keycloak (the first one after a quiet spell longer than the interval does). No answer is
 * used once older than the interval. When Keycloak cannot answer, the request is refused (503 IDENTITY_PROVIDER_UNAVAILABLE):
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
    private final AsyncCache<String, Checked> liveByToken;
    private final long refreshAfterNanos;
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
        this.refreshAfterNanos = recheck.toNanos() * 2 / 3;
    }

    /** Keycloak's answer for one token, and whether it is being asked again. */
    private static final class Checked {

        final boolean live;
        final long checkedAt = System.nanoTime();
        final AtomicBoolean asking = new AtomicBoolean();

        Checked(boolean live) {
            this.live = live;
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token == null || introspection.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        // A failed lookup is not kept (Caffeine drops failed futures): the next request asks again.
        Uni<Boolean> live = Uni.createFrom().completionStage(() -> lookUp(token.getToken()));
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

    /**
     * The token's answer: the one kept, or Keycloak's when none is. A kept answer past two thirds of the
     * recheck interval is asked again once, in the background; the new answer replaces it (and restarts
     * its interval). If that asking fails, the kept answer stays until it expires, and then the next
     * request asks and waits, as the first did.
     */
    private CompletableFuture<Boolean> lookUp(String token) {
        String key = digest(token);
        CompletableFuture<Checked> kept = liveByToken.get(key, (k, executor) -> isLive(token).thenApply(Checked::new));
        if (kept.isDone() && !kept.isCompletedExceptionally()) {
            Checked checked = kept.join();
            if (System.nanoTime() - checked.checkedAt >= refreshAfterNanos && checked.asking.compareAndSet(false, true)) {
                isLive(token).thenAccept(live -> liveByToken.put(key, CompletableFuture.completedFuture(new Checked(live))));
            }
        }
        return kept.thenApply(checked -> checked.live);
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
