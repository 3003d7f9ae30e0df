package org.pactum.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.user.Role;
import org.pactum.web.security.oidc.OidcRefusedException.Reason;
import org.pactum.web.support.TestOpenIdProvider;
import org.pactum.web.support.TestOpenIdProvider.Fault;

/**
 * Pactum's client against the test's own provider ({@link TestOpenIdProvider}): the whole code flow as a browser
 * would follow it, then each way the answer can be refused, by the reason the login page words.
 */
class OpenIdProviderTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:8080/oidc/callback");

    private final TestOpenIdProvider provider = TestOpenIdProvider.start();
    private final OpenIdProvider client = client(provider.settings(), Clock.systemUTC());
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        provider.close();
    }

    private static OpenIdProvider client(Map<String, String> settings, Clock clock) {
        return new OpenIdProvider(OidcSettings.read(name -> Optional.ofNullable(settings.get(name))).orElseThrow(), clock);
    }

    /** What the provider's authorization endpoint sends the browser back with. */
    private URI answerTo(OpenIdProvider.Start start) throws IOException, InterruptedException {
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(start.authorization()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, answer.statusCode());
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    private OidcPerson signIn() throws Exception {
        OpenIdProvider.Start start = client.start(CALLBACK, "/routing/tasks.xhtml");
        return client.finish(answerTo(start), start.pending());
    }

    private Reason refusal(Executable signIn) {
        return assertThrows(OidcRefusedException.class, signIn::run).reason();
    }

    private interface Executable {
        void run() throws Exception;
    }

    @Test
    void the_code_flow_with_state_nonce_and_pkce_names_the_person_with_their_claims() throws Exception {
        OpenIdProvider.Start start = client.start(CALLBACK, "/routing/tasks.xhtml");
        String request = start.authorization().getRawQuery();
        assertTrue(start.authorization().toString().startsWith(provider.issuer() + "/authorize?"), start::toString);
        for (String parameter : List.of("response_type=code", "client_id=pactum", "state=" + start.pending().state(),
                "nonce=" + start.pending().nonce(), "code_challenge_method=S256", "code_challenge=", "scope=openid")) {
            assertTrue(request.contains(parameter), parameter + " in " + request);
        }
        assertEquals("/routing/tasks.xhtml", start.pending().next());

        OidcPerson aruzhan = client.finish(answerTo(start), start.pending());
        assertEquals("aruzhan", aruzhan.username());
        assertEquals("f3a1c2", aruzhan.subject());
        assertEquals("Аружан Серікова", aruzhan.displayName());
        assertEquals("aruzhan@sso.example", aruzhan.email());
        assertEquals(List.of("pactum-drafters", "pactum-approvers"), aruzhan.groups());
    }

    /** A wrong nonce, audience or issuer, an expired token, a signature by another key than the JWKS's. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void an_id_token_that_fails_a_check_is_refused(Fault fault) {
        provider.nextToken(fault);
        assertEquals(Reason.TOKEN, refusal(this::signIn));
    }

    @Test
    void an_answer_to_another_sign_in_of_the_browser_is_refused_by_its_state() throws Exception {
        OpenIdProvider.Start first = client.start(CALLBACK, null);
        OpenIdProvider.Start second = client.start(CALLBACK, null);
        URI answer = answerTo(first);
        assertEquals(Reason.STATE, refusal(() -> client.finish(answer, second.pending())));
    }

    @Test
    void an_answer_replayed_after_its_sign_in_ended_or_too_late_is_refused() throws Exception {
        OpenIdProvider.Start start = client.start(CALLBACK, null);
        URI answer = answerTo(start);
        client.finish(answer, start.pending());
        // The session's pending sign-in is taken at the first answer: the second finds none.
        assertEquals(Reason.STATE, refusal(() -> client.finish(answer, null)));

        Clock later = Clock.fixed(Instant.now().plus(OpenIdProvider.PATIENCE).plusSeconds(1), ZoneOffset.UTC);
        OpenIdProvider patient = client(provider.settings(), later);
        OpenIdProvider.Start old = client.start(CALLBACK, null);
        URI oldAnswer = answerTo(old);
        assertEquals(Reason.STATE, refusal(() -> patient.finish(oldAnswer, old.pending())));
    }

    @Test
    void a_person_who_declines_at_the_provider_is_told_so() throws Exception {
        provider.declines();
        OpenIdProvider.Start start = client.start(CALLBACK, null);
        URI answer = answerTo(start);
        assertTrue(answer.getRawQuery().contains("error=access_denied"), answer::toString);
        assertEquals(Reason.DENIED, refusal(() -> client.finish(answer, start.pending())));
    }

    @Test
    void a_provider_that_does_not_answer_is_said_to_be_unavailable_before_and_after_the_browser_went_there()
            throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        Map<String, String> nowhere = new java.util.HashMap<>(provider.settings());
        nowhere.put("pactum.oidc.issuer", "http://127.0.0.1:" + closed + "/realms/staff");
        assertEquals(Reason.PROVIDER_UNAVAILABLE, refusal(() -> client(nowhere, Clock.systemUTC()).start(CALLBACK, null)));

        OpenIdProvider.Start start = client.start(CALLBACK, null);
        URI answer = answerTo(start);
        provider.close();
        assertEquals(Reason.PROVIDER_UNAVAILABLE, refusal(() -> client.finish(answer, start.pending())));
    }

    /** The shape of Keycloak 26.7.3's answers, as seen in keycloak-trial.sh: iss and session_state, full group paths. */
    @Test
    void keycloaks_answer_with_its_issuer_its_extra_claims_and_full_group_paths_signs_the_person_in() throws Exception {
        provider.answersLikeKeycloak();
        provider.signsIn(TestOpenIdProvider.BOTAGOZ);
        OpenIdProvider.Start start = client.start(CALLBACK, null);
        URI answer = answerTo(start);
        assertTrue(answer.getRawQuery().contains("&iss=") && answer.getRawQuery().contains("session_state="), answer::toString);
        OidcPerson botagoz = client.finish(answer, start.pending());
        assertEquals(List.of("/pactum-approvers", "/canteen/kitchen"), botagoz.groups());
        assertEquals(Set.of(Role.APPROVER), client.settings().rolesOf(botagoz.groups()));
        assertEquals("Ботагоз Ахметова", botagoz.displayName());
    }

    @Test
    void an_answer_naming_another_issuer_is_refused_as_a_mix_up() throws Exception {
        provider.answersAs("https://sso.elsewhere.example/realms/staff");
        assertEquals(Reason.PROVIDER_ERROR, refusal(this::signIn));
    }

    @Test
    void signing_out_at_the_provider_sends_the_id_token_as_hint_with_the_client_and_the_way_back() throws Exception {
        OidcPerson aruzhan = signIn();
        URI back = URI.create("http://127.0.0.1:8080/login.xhtml");
        URI endSession = client.endSession(aruzhan.idToken(), back).orElseThrow();
        assertTrue(endSession.toString().startsWith(provider.issuer() + "/logout?"), endSession::toString);
        String query = endSession.getRawQuery();
        for (String parameter : List.of("id_token_hint=" + aruzhan.idToken(), "client_id=pactum",
                "post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Flogin.xhtml")) {
            assertTrue(query.contains(parameter), parameter + " in " + query);
        }
        HttpResponse<Void> ended = browser.send(HttpRequest.newBuilder(endSession).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, ended.statusCode());
        assertEquals(back.toString(), ended.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of(TestOpenIdProvider.ARUZHAN.subject()), provider.signedOut());
    }

    /** The pages' policy lets the sign-out form lead there: the issuer's origin until discovery names the endpoint. */
    @Test
    void the_origin_browsers_go_to_when_signing_out_is_the_issuers_then_the_end_session_endpoints() throws Exception {
        String origin = provider.issuer().replace("/realms/staff", "");
        assertEquals(Optional.of(origin), client.endSessionOrigin());
        signIn();
        assertEquals(Optional.of(origin), client.endSessionOrigin());
    }

    @Test
    void without_an_end_session_endpoint_or_with_the_provider_down_signing_out_stays_pactums_alone() throws Exception {
        URI back = URI.create("http://127.0.0.1:8080/login.xhtml");
        String idToken = signIn().idToken();
        provider.offersNoEndSession();
        OpenIdProvider withoutEndSession = client(provider.settings(), Clock.systemUTC());
        assertEquals(Optional.empty(), withoutEndSession.endSession(idToken, back));
        assertEquals(Optional.empty(), withoutEndSession.endSessionOrigin(), "no form of Pactum's needs to go there");

        OpenIdProvider notYetAsked = client(provider.settings(), Clock.systemUTC());
        provider.close();
        assertEquals(Optional.empty(), notYetAsked.endSession(idToken, back));
        assertEquals(Optional.empty(), client.endSession("not a token", back));
    }
}
