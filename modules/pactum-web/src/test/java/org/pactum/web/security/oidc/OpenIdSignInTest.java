package org.pactum.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.UserAccountsInMemory;
import org.pactum.web.security.directory.DirectoryAccounts;
import org.pactum.web.security.oidc.OidcRefusedException.Reason;
import org.pactum.web.support.TestOpenIdProvider;

/** What a person the provider vouched for becomes in Pactum: directory sign-in's rules, with the groups claim. */
class OpenIdSignInTest {

    private final TestOpenIdProvider provider = TestOpenIdProvider.start();
    private final UserAccountsInMemory accounts = new UserAccountsInMemory();
    private final RecordedEvents<AccountRecorded> recorded = new RecordedEvents<>();
    private final OpenIdSignIn signIn;
    /** The attributes of the one browser session the tests that go through the flow use. */
    private final Map<String, Object> session = new HashMap<>();

    OpenIdSignInTest() {
        Map<String, String> settings = provider.settings();
        OidcSettings read = OidcSettings.read(name -> Optional.ofNullable(settings.get(name))).orElseThrow();
        signIn = new OpenIdSignIn(Optional.of(new OpenIdProvider(read, Clock.systemUTC())), accounts,
                new DirectoryAccounts(accounts, recorded));
        accounts.add(new UserAccount("drafter", "Ольга Петрова", PasswordHash.of("demo".toCharArray()),
                Set.of(Role.DRAFTER)));
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    private static OidcPerson aruzhan(List<String> groups) {
        return new OidcPerson("f3a1c2", "aruzhan", "Аружан Серікова", "aruzhan@sso.example", groups, null);
    }

    private Reason refusal(OidcPerson person) {
        return assertThrows(OidcRefusedException.class, () -> signIn.signedIn(person)).reason();
    }

    @Test
    void a_first_sign_in_makes_an_account_kept_elsewhere_and_later_ones_bring_its_roles_in_line() throws Exception {
        assertEquals(Set.of("DRAFTER", "APPROVER"), signIn.signedIn(aruzhan(List.of("pactum-drafters", "pactum-approvers"))));
        UserAccount made = accounts.find("aruzhan").orElseThrow();
        assertTrue(made.isFromDirectory(), "no password of its own, name and roles not Pactum's to change");
        assertFalse(made.authenticates("anything".toCharArray()));
        assertEquals("Аружан Серікова", made.displayName());
        assertEquals(Optional.of("aruzhan@sso.example"), made.findEmail());
        assertEquals(Optional.of(AccountKeeper.SINGLE_SIGN_ON), made.findKeeper());
        assertEquals(AuditAction.USER_CREATED, recorded.last().action());
        assertEquals("oidc", recorded.last().details().get("source"));
        assertEquals("aruzhan", recorded.last().actor());

        assertEquals(Set.of("APPROVER"), signIn.signedIn(aruzhan(List.of("pactum-approvers", "canteen"))));
        assertEquals(Set.of(Role.APPROVER), accounts.find("aruzhan").orElseThrow().roles());
        assertEquals(AuditAction.USER_CHANGED, recorded.last().action());
        assertEquals(List.of("DRAFTER", "APPROVER"), recorded.last().details().get("rolesBefore"));
    }

    @Test
    void an_account_the_directory_made_names_the_single_sign_on_service_once_the_person_signs_in_through_it()
            throws Exception {
        accounts.add(UserAccount.fromDirectory("aruzhan", "Аружан Серікова", Set.of(Role.APPROVER)));
        UserAccount before = accounts.find("aruzhan").orElseThrow();
        before.changeContact("aruzhan@sso.example", null);

        signIn.signedIn(aruzhan(List.of("pactum-approvers")));

        assertEquals(Optional.of(AccountKeeper.SINGLE_SIGN_ON), accounts.find("aruzhan").orElseThrow().findKeeper());
        assertEquals(AuditAction.USER_CHANGED, recorded.last().action(), "which service keeps it is a change");
        assertEquals("oidc", recorded.last().details().get("source"));
        signIn.signedIn(aruzhan(List.of("pactum-approvers")));
        assertEquals(1, recorded.fired().size(), "the same service again changes nothing");
    }

    @Test
    void pactums_own_password_account_of_the_same_name_is_not_taken_over() {
        assertEquals(Reason.LOCAL_ACCOUNT, refusal(new OidcPerson("c0ffee", "drafter", "Someone Else", null,
                List.of("pactum-admins"), null)));
        UserAccount drafter = accounts.find("drafter").orElseThrow();
        assertEquals("Ольга Петрова", drafter.displayName());
        assertEquals(Set.of(Role.DRAFTER), drafter.roles());
        assertTrue(drafter.authenticates("demo".toCharArray()));
        assertEquals(List.of(), recorded.fired());
    }

    @Test
    void someone_in_no_mapped_group_is_refused_and_gets_no_account() {
        OidcRefusedException refused = assertThrows(OidcRefusedException.class,
                () -> signIn.signedIn(aruzhan(List.of("/canteen"))));
        assertEquals(Reason.NO_ROLE, refused.reason());
        assertTrue(refused.getMessage().contains("[/canteen]"), "the log names the groups: " + refused.getMessage());
        assertEquals(Reason.NO_ROLE, refusal(aruzhan(List.of())));
        assertEquals(Optional.empty(), accounts.find("aruzhan"));
    }

    @Test
    void a_username_claim_that_cannot_name_an_account_is_refused() {
        for (String username : new String[] {null, "", "Aruzhan@Example", "a", "*)(uid=*"}) {
            assertEquals(Reason.USERNAME, refusal(new OidcPerson("f3a1c2", username, null, null,
                    List.of("pactum-drafters"), null)), String.valueOf(username));
        }
    }

    @Test
    void an_account_an_administrator_deactivated_stays_shut() throws Exception {
        signIn.signedIn(aruzhan(List.of("pactum-drafters")));
        accounts.find("aruzhan").orElseThrow().disable();
        assertEquals(Reason.DEACTIVATED, refusal(aruzhan(List.of("pactum-drafters"))));
    }

    @Test
    void a_sign_in_through_the_provider_keeps_its_id_token_to_sign_out_there_and_other_sessions_sign_out_at_home()
            throws Exception {
        assertEquals(Optional.empty(), signIn.endSession(request("http://127.0.0.1:8080/agreements.xhtml")),
                "a session that signed in with a password");
        URI authorization = signIn.start(request("http://127.0.0.1:8080/oidc/start"), null);
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(authorization).build(),
                HttpResponse.BodyHandlers.discarding());
        signIn.finish(request(answer.headers().firstValue("Location").orElseThrow()));
        assertTrue(session.containsKey(OpenIdSignIn.ID_TOKEN), session::toString);

        URI endSession = signIn.endSession(request("http://127.0.0.1:8080/registry/list.xhtml")).orElseThrow();
        assertTrue(endSession.toString().startsWith(provider.issuer() + "/logout?"), endSession::toString);
        assertTrue(endSession.getRawQuery().contains("post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Flogin.xhtml"),
                "the login page of the address the browser signed out at: " + endSession);
    }

    /** A request for this absolute address (no context path), in the test's one session. */
    private HttpServletRequest request(String address) {
        URI uri = URI.create(address);
        HttpSession held = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "setAttribute" -> session.put((String) arguments[0], arguments[1]);
                    case "getAttribute" -> session.get((String) arguments[0]);
                    case "removeAttribute" -> session.remove((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getSession" -> held;
                    case "getRequestURL" -> new StringBuffer(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
                    case "getRequestURI" -> uri.getRawPath();
                    case "getQueryString" -> uri.getRawQuery();
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
