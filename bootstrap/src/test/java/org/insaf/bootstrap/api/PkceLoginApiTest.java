package org.insaf.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.insaf.bootstrap.InsafTestInfrastructure;
import org.insaf.bootstrap.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser client insaf-web of the realm, end to end against the embedded Keycloak: the
 * authorization code flow with PKCE (S256) as a single-page application runs it, driven by the
 * JDK's HTTP client (the login form posted as a browser would), its token accepted by /graphql;
 * a wrong verifier, a flow without a challenge and the password grant are refused.
 */
@QuarkusTest
@QuarkusTestResource(value = InsafTestInfrastructure.class, restrictToAnnotatedClass = false)
class PkceLoginApiTest {

    private static final String CLIENT = "insaf-web";
    private static final String REDIRECT = "http://localhost:5173/callback";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION_ANY_ORDER = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    /** A browser's session: its cookies, kept by hand (Keycloak's cookies may be marked Secure, which the JDK's store would withhold over http). */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }

    private static String realm() {
        return Tokens.realmUrl();
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    /** Logs the demo user in through the login page; answers the redirect's parameters (code, state, or error). */
    private static Map<String, String> login(Browser browser, String user, String challenge) throws Exception {
        String auth = realm() + "/protocol/openid-connect/auth?" + form(challenge == null
                ? Map.of("client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT, "state", "s-1")
                : Map.of("client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT, "state", "s-1",
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(auth)).GET());
        if (page.statusCode() == 302) {
            return query(URI.create(page.headers().firstValue("Location").orElseThrow()));
        }
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            action = FORM_ACTION_ANY_ORDER.matcher(page.body());
            assertThat(action.find()).as("the login form of " + page.body()).isTrue();
        }
        String post = action.group(1).replace("&amp;", "&");
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(post))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user + "-dev-password",
                        "credentialId", "")))));
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        URI back = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(REDIRECT);
        return query(back);
    }

    private static HttpResponse<String> exchange(Browser browser, String code, String verifier) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id", CLIENT,
                        "code", code, "redirect_uri", REDIRECT, "code_verifier", verifier)))));
    }

    @Test
    void a_browser_logs_in_with_pkce_and_its_token_calls_the_api() throws Exception {
        Browser browser = new Browser();
        String verifier = verifier();
        Map<String, String> back = login(browser, "prosecutor", challenge(verifier));
        assertThat(back).containsEntry("state", "s-1").containsKey("code");
        HttpResponse<String> tokens = exchange(browser, back.get("code"), verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String accessToken = new JsonPath(tokens.body()).getString("access_token");
        assertThat(accessToken).isNotBlank();

        JsonPath me = given().auth().oauth2(accessToken).contentType(ContentType.JSON).body(Map.of("query", "{ me { id roles } }"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(me.getList("errors")).as(me.prettify()).isNull();
        assertThat(me.getString("data.me.id")).isEqualTo(AuthorizationMatrixApiTest.idOf("prosecutor"));
        assertThat(me.getList("data.me.roles", String.class)).contains("PROSECUTOR");
        // A code is good once.
        HttpResponse<String> again = exchange(browser, back.get("code"), verifier);
        assertThat(again.body()).contains("invalid_grant");
    }

    @Test
    void a_wrong_verifier_is_refused() throws Exception {
        Browser browser = new Browser();
        String verifier = verifier();
        Map<String, String> back = login(browser, "judge", challenge(verifier));
        HttpResponse<String> refused = exchange(browser, back.get("code"), verifier());
        assertThat(refused.statusCode()).isBetween(400, 401);
        assertThat(refused.body()).contains("invalid_grant");
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void a_flow_without_a_code_challenge_is_refused() throws Exception {
        Map<String, String> back = login(new Browser(), "judge", null);
        assertThat(back).containsEntry("error", "invalid_request").doesNotContainKey("code");
    }

    @Test
    void the_browser_client_has_no_password_grant() {
        String body = given().formParam("grant_type", "password").formParam("client_id", CLIENT)
                .formParam("username", "judge").formParam("password", "judge-dev-password")
                .post(realm() + "/protocol/openid-connect/token").then().extract().asString();
        assertThat(body).contains("unauthorized_client").doesNotContain("access_token");
    }
}
