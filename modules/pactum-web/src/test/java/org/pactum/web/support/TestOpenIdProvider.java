package org.pactum.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID Connect provider in the test's own process (the JDK's HTTP server on loopback, a free port), for the
 * OpenID Connect sign-in tests: discovery under {@link #issuer()}, a JWKS, an authorization endpoint that at once
 * answers with a code for the person it was told to sign in (no login page of its own), and a token endpoint that
 * checks the client's secret, the code, its redirect address and the PKCE verifier, and returns an ID token signed
 * RS256 with Nimbus JOSE. A test can make the next token wrong in one way ({@link Fault}) or have the person decline.
 * Its end_session_endpoint (RP-Initiated Logout) checks the ID token hint and the client, notes whose session ended
 * ({@link #signedOut}) and sends the browser back; {@link #offersNoEndSession} takes it out of discovery.
 * {@link #answersLikeKeycloak} gives its answers the shape a real Keycloak 26 gives them (seen in
 * modules/pactum-web/src/test/sh/keycloak-trial.sh). Stop it with {@link #close}.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "pactum";
    public static final String CLIENT_SECRET = "pactum-client-secret";

    /** Someone the provider knows: the claims of their ID token. */
    public record Person(String subject, String username, String name, String email, List<String> groups) {
    }

    /** Staff for the tests: Аружан drafts and approves, Марат is in no group Pactum maps, and one named "drafter". */
    public static final Person ARUZHAN = new Person("f3a1c2", "aruzhan", "Аружан Серікова", "aruzhan@sso.example",
            List.of("pactum-drafters", "pactum-approvers"));
    public static final Person MARAT = new Person("b7e410", "marat", "Марат Жумабаев", "marat@sso.example",
            List.of("canteen"));
    public static final Person DRAFTER = new Person("c0ffee", "drafter", "Someone Else", "else@sso.example",
            List.of("pactum-drafters"));
    /** An approver as Keycloak's group mapper names her groups by default: full paths, from the root "/". */
    public static final Person BOTAGOZ = new Person("5a2457", "botagoz", "Ботагоз Ахметова", "botagoz@sso.example",
            List.of("/pactum-approvers", "/canteen/kitchen"));

    /** What the next ID token gets wrong. */
    public enum Fault { NONE, WRONG_NONCE, WRONG_AUDIENCE, EXPIRED, BAD_SIGNATURE, WRONG_ISSUER }

    private record Grant(Person person, String nonce, String challenge, String redirectUri) {
    }

    /** The provider's signing key and, with the same key id, another one (what a forger would sign with): made once. */
    private static final RSAKey KEY = rsaKey();
    private static final RSAKey OTHER_KEY = rsaKey();

    private final HttpServer server;
    private final RSAKey key = KEY;
    private final RSAKey otherKey = OTHER_KEY;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Person person = ARUZHAN;
    private volatile boolean declines;
    private volatile Fault fault = Fault.NONE;
    private volatile boolean keycloakShape;
    private volatile String answerIssuer;
    private volatile boolean endSession = true;
    private final List<String> signedOut = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestOpenIdProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/staff/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/realms/staff/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/realms/staff/authorize", this::authorize);
        server.createContext("/realms/staff/token", this::token);
        server.createContext("/realms/staff/logout", this::logout);
        server.start();
    }

    public static TestOpenIdProvider start() {
        try {
            return new TestOpenIdProvider();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("k1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/staff";
    }

    /** The settings {@code pactum.oidc.*} that point Pactum at this provider. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pactum.oidc.issuer", issuer());
        settings.put("pactum.oidc.client-id", CLIENT_ID);
        settings.put("pactum.oidc.client-secret", CLIENT_SECRET);
        settings.put("pactum.oidc.label", "Staff SSO");
        settings.put("pactum.oidc.role.DRAFTER", "pactum-drafters");
        settings.put("pactum.oidc.role.APPROVER", "pactum-approvers");
        settings.put("pactum.oidc.role.ADMIN", "pactum-admins");
        return settings;
    }

    /** Who the authorization endpoint signs in from now on. */
    public void signsIn(Person next) {
        person = next;
        declines = false;
    }

    /** The authorization endpoint answers {@code error=access_denied} from now on (until {@link #signsIn}). */
    public void declines() {
        declines = true;
    }

    /**
     * From now on, answers as Keycloak 26 does: the authorization answer carries {@code session_state} and its issuer
     * ({@code iss}, RFC 9207), and the ID token Keycloak's further claims ({@code typ}, {@code azp}, {@code sid},
     * {@code auth_time}, {@code acr}, {@code at_hash}).
     */
    public void answersLikeKeycloak() {
        keycloakShape = true;
    }

    /** From now on the authorization answer names this issuer in {@code iss}, as a mixed-up provider's would. */
    public void answersAs(String issuer) {
        answerIssuer = issuer;
    }

    /** From now on discovery names no end_session_endpoint (a provider without RP-Initiated Logout). */
    public void offersNoEndSession() {
        endSession = false;
    }

    /** The subjects whose session at this provider ended through its end_session_endpoint, in order. */
    public List<String> signedOut() {
        return List.copyOf(signedOut);
    }

    /** The next ID token gets this wrong (then they are right again). */
    public void nextToken(Fault next) {
        fault = next;
    }

    private String discovery() {
        String issuer = issuer();
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"code_challenge_methods_supported\":[\"S256\"],"
                + (endSession ? "\"end_session_endpoint\":\"" + issuer + "/logout\"," : "")
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}";
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirect = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirect == null || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String state = URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
        String answer;
        if (declines) {
            answer = redirect + "?error=access_denied&error_description=declined&state=" + state;
        } else {
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(person, query.get("nonce"), query.get("code_challenge"), redirect));
            answer = redirect + "?code=" + code + "&state=" + state;
        }
        String named = answerIssuer != null ? answerIssuer : keycloakShape ? issuer() : null;
        if (keycloakShape) {
            answer += "&session_state=" + UUID.randomUUID();
        }
        if (named != null) {
            answer += "&iss=" + URLEncoder.encode(named, StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Location", answer);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII));
        String client = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!client.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !grant.challenge().equals(s256(body.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        json(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"id_token\":\"" + idToken(grant) + "\"}");
    }

    private String idToken(Grant grant) {
        Fault wrong = fault;
        fault = Fault.NONE;
        Instant now = Instant.now();
        Instant expires = wrong == Fault.EXPIRED ? now.minus(Duration.ofMinutes(5)) : now.plus(Duration.ofMinutes(5));
        Person who = grant.person();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(wrong == Fault.WRONG_ISSUER ? "https://sso.elsewhere.example" : issuer())
                .subject(who.subject())
                .audience(wrong == Fault.WRONG_AUDIENCE ? "another-client" : CLIENT_ID)
                .issueTime(Date.from(wrong == Fault.EXPIRED ? now.minus(Duration.ofMinutes(10)) : now))
                .expirationTime(Date.from(expires))
                .claim("nonce", wrong == Fault.WRONG_NONCE ? "not-the-nonce" : grant.nonce())
                .claim("preferred_username", who.username())
                .claim("name", who.name())
                .claim("email", who.email())
                .claim("email_verified", true)
                .claim("groups", who.groups());
        if (keycloakShape) {
            claims.jwtID(UUID.randomUUID().toString()).claim("typ", "ID").claim("azp", CLIENT_ID)
                    .claim("sid", UUID.randomUUID().toString()).claim("auth_time", now.getEpochSecond())
                    .claim("acr", "1").claim("at_hash", "x4Lq1GZ8pC2Vh5n0s7D3kA")
                    .claim("given_name", who.name().split(" ")[0]).claim("family_name", who.name().split(" ")[1]);
        }
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build());
            token.sign(new RSASSASigner(wrong == Fault.BAD_SIGNATURE ? otherKey : key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RP-Initiated Logout: a hint this provider signed for Pactum; then back to the registered address. */
    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String back = query.get("post_logout_redirect_uri");
        String subject;
        try {
            SignedJWT hint = SignedJWT.parse(query.getOrDefault("id_token_hint", ""));
            if (!hint.verify(new RSASSAVerifier(key.toRSAPublicKey())) || !CLIENT_ID.equals(query.get("client_id"))
                    || !hint.getJWTClaimsSet().getAudience().contains(CLIENT_ID) || back == null) {
                json(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            subject = hint.getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException | JOSEException e) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        signedOut.add(subject);
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return new HashMap<>();
        }
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (first, second) -> first));
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
