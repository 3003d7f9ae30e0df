package org.pactum.web.security.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pactum.domain.user.Role;
import org.pactum.web.security.directory.RoleGroupSettings;

/**
 * How Pactum signs people in through an OpenID Connect provider (docs/operations.md, "OpenID Connect sign-in").
 *
 * @param redirectUri   where the provider sends the browser back; null: this server's own address as the request
 *                      that starts a sign-in reached it, with {@link #CALLBACK_PATH}
 * @param label         what the login page's button names the provider; null: the pages' own word ("Single sign-on")
 * @param roleGroups    for each role, the values of the groups claim that give it, compared exactly but for a
 *                      leading "/" ({@link #rolesOf})
 * @param postLogoutRedirectUri where the provider sends the browser after it ended its session too (RP-Initiated
 *                      Logout); null: the login page beside {@code redirectUri}, or, without that, beside the address
 *                      the browser signed out at
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI redirectUri, String usernameClaim,
                           String groupsClaim, Map<Role, Set<String>> roleGroups, String label,
                           Duration connectTimeout, Duration readTimeout, URI postLogoutRedirectUri) {

    public static final String PREFIX = "pactum.oidc.";
    /** The path under the application where the provider sends the browser back. */
    public static final String CALLBACK_PATH = "/oidc/callback";
    /** The path under the application the provider sends the browser back to after signing out: the login page. */
    public static final String SIGNED_OUT_PATH = "/login.xhtml";
    private static final int LONGEST_LABEL = 40;

    public OidcSettings {
        roleGroups = Map.copyOf(roleGroups);
    }

    /**
     * The settings, or empty while {@code pactum.oidc.issuer} is not set (OpenID Connect sign-in is off).
     *
     * @param setting a setting's value by its full name, e.g. from MicroProfile Config
     * @throws IllegalArgumentException naming the setting that is malformed or missing
     */
    public static Optional<OidcSettings> read(Function<String, Optional<String>> setting) {
        Optional<String> issuer = text(setting, "issuer");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Map<Role, Set<String>> roleGroups = RoleGroupSettings.read(name -> text(setting, name), (name, group) -> group);
        roleGroups.values().removeIf(Set::isEmpty);
        if (roleGroups.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "role.<ROLE> must name the group of at least one role"
                    + " (e.g. " + PREFIX + "role.DRAFTER=pactum-drafters)");
        }
        URI redirectUri = text(setting, "redirect-uri").map(uri -> redirect(address("redirect-uri", uri))).orElse(null);
        return Optional.of(new OidcSettings(
                address("issuer", issuer.get()),
                required(setting, "client-id"),
                required(setting, "client-secret"),
                redirectUri,
                claim(setting, "username-claim", "preferred_username"),
                claim(setting, "groups-claim", "groups"),
                roleGroups,
                text(setting, "label").map(OidcSettings::label).orElse(null),
                duration(setting, "connect-timeout", "PT3S"),
                duration(setting, "read-timeout", "PT5S"),
                text(setting, "post-logout-redirect-uri").map(uri -> address("post-logout-redirect-uri", uri))
                        .orElseGet(() -> redirectUri == null ? null : signedOut(redirectUri))));
    }

    /**
     * The roles the groups give. Values are compared exactly (case too), but for one leading "/": Keycloak's group
     * mapper sends a group's full path by default ("Full group path" on), "/pactum-admins" for the top-level group
     * pactum-admins, and "/staff/pactum-admins" for one inside staff, which then matches "staff/pactum-admins" (or
     * the same with its "/") but not "pactum-admins" alone, another group of that name possibly existing elsewhere.
     */
    public Set<Role> rolesOf(Collection<String> groups) {
        Set<String> named = groups.stream().map(OidcSettings::fromRoot).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleGroups.forEach((role, members) -> {
            if (members.stream().map(OidcSettings::fromRoot).anyMatch(named::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static String fromRoot(String group) {
        return group.startsWith("/") ? group.substring(1) : group;
    }

    public Optional<URI> findRedirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    public Optional<URI> findPostLogoutRedirectUri() {
        return Optional.ofNullable(postLogoutRedirectUri);
    }

    public Optional<String> findLabel() {
        return Optional.ofNullable(label);
    }

    @Override
    public String toString() {
        // Never the client secret: the settings are logged at start-up.
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", postLogoutRedirectUri=" + postLogoutRedirectUri + ", roles=" + roleGroups.keySet() + "]";
    }

    private static Optional<String> text(Function<String, Optional<String>> setting, String name) {
        return setting.apply(PREFIX + name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String required(Function<String, Optional<String>> setting, String name) {
        return text(setting, name).orElseThrow(() -> new IllegalArgumentException(
                PREFIX + name + " is needed with " + PREFIX + "issuer"));
    }

    private static String claim(Function<String, Optional<String>> setting, String name, String fallback) {
        String claim = text(setting, name).orElse(fallback);
        if (!claim.matches("[A-Za-z0-9_:.\\-/]{1,100}")) {
            throw new IllegalArgumentException(PREFIX + name + " must be a claim name such as " + fallback + ", not " + claim);
        }
        return claim;
    }

    /**
     * An absolute https address; plain http only on loopback (a provider on the same machine, or a test's), since the
     * token and the client secret travel over it.
     */
    private static URI address(String name, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(PREFIX + name + " is not an address: " + value, e);
        }
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && uri.getHost() != null
                && Set.of("127.0.0.1", "localhost", "[::1]").contains(uri.getHost());
        if (uri.getHost() == null || !(https || loopbackHttp) || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(PREFIX + name + " must be an https:// address without query or fragment"
                    + " (http:// only on 127.0.0.1 or localhost), not " + value);
        }
        return uri;
    }

    private static URI redirect(URI uri) {
        if (!uri.getPath().endsWith(CALLBACK_PATH)) {
            throw new IllegalArgumentException(PREFIX + "redirect-uri must end in " + CALLBACK_PATH
                    + ", where Pactum answers the provider, not " + uri);
        }
        return uri;
    }

    /** The login page beside the callback: the redirect address with {@link #SIGNED_OUT_PATH} for its last part. */
    static URI signedOut(URI redirectUri) {
        String callback = redirectUri.toString();
        return URI.create(callback.substring(0, callback.length() - CALLBACK_PATH.length()) + SIGNED_OUT_PATH);
    }

    private static String label(String value) {
        if (value.length() > LONGEST_LABEL || value.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            throw new IllegalArgumentException(PREFIX + "label must be a short name of at most " + LONGEST_LABEL
                    + " characters, without control or formatting characters, not " + value);
        }
        return value;
    }

    private static Duration duration(Function<String, Optional<String>> setting, String name, String fallback) {
        String value = text(setting, name).orElse(fallback);
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(PREFIX + name + " must be a positive duration such as PT5S, not " + value);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be an ISO-8601 duration such as PT5S, not " + value, e);
        }
    }
}
