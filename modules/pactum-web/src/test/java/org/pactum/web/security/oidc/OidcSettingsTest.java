package org.pactum.web.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.Role;

class OidcSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "pactum.oidc.issuer", "https://sso.example.org/realms/staff",
            "pactum.oidc.client-id", "pactum",
            "pactum.oidc.client-secret", "s3cret",
            "pactum.oidc.role.ADMIN", "pactum-admins",
            "pactum.oidc.role.SIGNER", "heads; deputies"));

    private Optional<OidcSettings> read() {
        return OidcSettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    private String refusal() {
        return assertThrows(IllegalArgumentException.class, this::read).getMessage();
    }

    @Test
    void without_an_issuer_openid_connect_is_off_whatever_else_is_set() {
        values.remove("pactum.oidc.issuer");
        assertEquals(Optional.empty(), read());
        values.put("pactum.oidc.issuer", "  ");
        assertEquals(Optional.empty(), read());
    }

    @Test
    void the_defaults_read_preferred_username_and_groups_and_build_the_redirect_from_the_request() {
        OidcSettings settings = read().orElseThrow();
        assertEquals(URI.create("https://sso.example.org/realms/staff"), settings.issuer());
        assertEquals("preferred_username", settings.usernameClaim());
        assertEquals("groups", settings.groupsClaim());
        assertEquals(Optional.empty(), settings.findRedirectUri());
        assertEquals(Optional.empty(), settings.findLabel());
        assertEquals(Duration.ofSeconds(3), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(5), settings.readTimeout());
        assertFalse(settings.toString().contains("s3cret"), "the secret is never logged");
    }

    @Test
    void a_role_may_come_from_several_groups_compared_exactly() {
        OidcSettings settings = read().orElseThrow();
        assertEquals(Set.of(Role.SIGNER), settings.rolesOf(List.of("deputies", "canteen")));
        assertEquals(Set.of(Role.SIGNER, Role.ADMIN), settings.rolesOf(List.of("heads", "pactum-admins")));
        assertEquals(Set.of(), settings.rolesOf(List.of("Pactum-Admins", "pactum-admins ", "//pactum-admins")));
    }

    /** Keycloak's group mapper sends full paths by default: seen against Keycloak 26.7.3, everybody was refused. */
    @Test
    void keycloaks_full_group_paths_match_top_level_groups_and_nested_ones_only_by_their_whole_path() {
        OidcSettings settings = read().orElseThrow();
        assertEquals(Set.of(Role.SIGNER, Role.ADMIN), settings.rolesOf(List.of("/pactum-admins", "/deputies")));
        assertEquals(Set.of(), settings.rolesOf(List.of("/staff/pactum-admins", "/heads/juniors")),
                "a group of that name inside another is another group");

        values.put("pactum.oidc.role.AUDITOR", "/staff/auditors");
        values.put("pactum.oidc.role.ADMIN", "/pactum-admins");
        OidcSettings paths = read().orElseThrow();
        assertEquals(Set.of(Role.AUDITOR, Role.ADMIN), paths.rolesOf(List.of("/staff/auditors", "pactum-admins")));
        assertEquals(Set.of(), paths.rolesOf(List.of("auditors", "/auditors")));
    }

    @Test
    void after_signing_out_at_the_provider_the_browser_comes_back_to_the_login_page_beside_the_callback() {
        assertEquals(Optional.empty(), read().orElseThrow().findPostLogoutRedirectUri(),
                "without a redirect address: beside the address the browser signed out at");
        values.put("pactum.oidc.redirect-uri", "https://pactum.example.org/registry/oidc/callback");
        assertEquals(Optional.of(URI.create("https://pactum.example.org/registry/login.xhtml")),
                read().orElseThrow().findPostLogoutRedirectUri());
        values.put("pactum.oidc.post-logout-redirect-uri", "https://pactum.example.org/");
        assertEquals(Optional.of(URI.create("https://pactum.example.org/")), read().orElseThrow().findPostLogoutRedirectUri());
        assertTrue(read().orElseThrow().toString().contains("postLogoutRedirectUri=https://pactum.example.org/"));

        values.put("pactum.oidc.post-logout-redirect-uri", "http://pactum.example.org/login.xhtml");
        assertTrue(refusal().contains("pactum.oidc.post-logout-redirect-uri"), "plain http only on loopback");
    }

    @Test
    void missing_or_malformed_settings_stop_the_start_naming_the_setting() {
        values.remove("pactum.oidc.client-secret");
        assertTrue(refusal().contains("pactum.oidc.client-secret"));
        values.put("pactum.oidc.client-secret", "s3cret");

        values.put("pactum.oidc.issuer", "http://sso.example.org/realms/staff");
        assertTrue(refusal().contains("pactum.oidc.issuer"), "plain http only on loopback");
        values.put("pactum.oidc.issuer", "https://sso.example.org/realms/staff?x=1");
        assertTrue(refusal().contains("pactum.oidc.issuer"));
        values.put("pactum.oidc.issuer", "http://127.0.0.1:8180/realms/staff");
        assertTrue(read().isPresent());

        values.put("pactum.oidc.redirect-uri", "https://pactum.example.org/callback");
        assertTrue(refusal().contains("/oidc/callback"));
        values.put("pactum.oidc.redirect-uri", "https://pactum.example.org/oidc/callback");
        assertEquals(Optional.of(URI.create("https://pactum.example.org/oidc/callback")), read().orElseThrow().findRedirectUri());

        values.put("pactum.oidc.read-timeout", "5 seconds");
        assertTrue(refusal().contains("pactum.oidc.read-timeout"));
        values.put("pactum.oidc.read-timeout", "PT0S");
        assertTrue(refusal().contains("pactum.oidc.read-timeout"));
        values.remove("pactum.oidc.read-timeout");

        values.put("pactum.oidc.username-claim", "preferred username");
        assertTrue(refusal().contains("pactum.oidc.username-claim"));
        values.remove("pactum.oidc.username-claim");

        values.put("pactum.oidc.label", "Staff\u202ESSO");
        assertTrue(refusal().contains("pactum.oidc.label"));
        values.put("pactum.oidc.label", "Вход для сотрудников облисполкома и всех подведомственных");
        assertTrue(refusal().contains("pactum.oidc.label"), "at most 40 characters");
        values.put("pactum.oidc.label", "Staff SSO");
        assertEquals(Optional.of("Staff SSO"), read().orElseThrow().findLabel());

        values.remove("pactum.oidc.role.ADMIN");
        values.put("pactum.oidc.role.SIGNER", " ; ");
        assertTrue(refusal().contains("pactum.oidc.role.<ROLE>"));
    }
}
