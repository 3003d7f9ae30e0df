package org.pactum.web.security.directory;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;

import org.pactum.domain.user.Role;

/**
 * Where the directory is and how to read it (docs/operations.md, "Directory sign-in"). In the filters {@code {0}}
 * stands for the username and {@code {1}} for the person's entry, both escaped before they are put in.
 *
 * @param groupBase  where the groups are searched (with {@code groupFilter}); null: the person's own
 *                   {@code groupAttribute} (memberOf) lists them
 * @param roleGroups for each role, the groups whose members have it
 */
public record DirectorySettings(LDAPURL url, boolean startTls, String bindDn, String bindPassword, DN userBase,
                                String userFilter, List<String> nameAttributes, String mailAttribute, DN groupBase,
                                String groupFilter, String groupAttribute, Map<Role, Set<DN>> roleGroups,
                                Duration connectTimeout, Duration readTimeout) {

    public static final String PREFIX = "pactum.directory.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])\\}");

    public DirectorySettings {
        nameAttributes = List.copyOf(nameAttributes);
        roleGroups = Map.copyOf(roleGroups);
    }

    /**
     * The settings, or empty while {@code pactum.directory.url} is not set (directory sign-in is off).
     *
     * @param setting a setting's value by its full name, e.g. from MicroProfile Config
     * @throws IllegalArgumentException naming the setting that is malformed or missing
     */
    public static Optional<DirectorySettings> read(Function<String, Optional<String>> setting) {
        Optional<String> url = text(setting, "url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Map<Role, Set<DN>> roleGroups = RoleGroupSettings.read(name -> text(setting, name), DirectorySettings::dn);
        if (roleGroups.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "role.<ROLE> must name the group of at least one role"
                    + " (e.g. " + PREFIX + "role.DRAFTER=cn=pactum-drafters,ou=groups,dc=example,dc=org)");
        }
        return Optional.of(new DirectorySettings(
                ldapUrl(url.get()),
                text(setting, "start-tls").map(Boolean::parseBoolean).orElse(false),
                text(setting, "bind-dn").orElse(null),
                text(setting, "bind-password").orElse(null),
                dn("user.search-base", text(setting, "user.search-base").orElseThrow(() -> new IllegalArgumentException(
                        PREFIX + "user.search-base is needed with " + PREFIX + "url"))),
                text(setting, "user.filter").orElse("(&(objectClass=person)(uid={0}))"),
                Arrays.stream(text(setting, "user.name-attributes").orElse("displayName,cn").split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).toList(),
                text(setting, "user.mail-attribute").orElse("mail"),
                text(setting, "group.search-base").map(base -> dn("group.search-base", base)).orElse(null),
                text(setting, "group.filter").orElse("(|(member={1})(uniqueMember={1}))"),
                text(setting, "group.attribute").orElse("memberOf"),
                roleGroups,
                duration(setting, "connect-timeout", "PT3S"),
                duration(setting, "read-timeout", "PT5S")));
    }

    /** The roles the groups give, in any spelling of their names the directory uses. */
    public Set<Role> rolesOf(Collection<DN> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleGroups.forEach((role, members) -> {
            if (groups.stream().anyMatch(members::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** The filter with the username and the entry put in, escaped so that neither can change the filter's shape. */
    static String filter(String template, String username, String entry) {
        // One pass: a username that looks like a placeholder stays text.
        return PLACEHOLDER.matcher(template).replaceAll(found -> Matcher.quoteReplacement(
                Filter.encodeValue(found.group(1).equals("0") ? username : entry)));
    }

    private static Optional<String> text(Function<String, Optional<String>> setting, String name) {
        return setting.apply(PREFIX + name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static LDAPURL ldapUrl(String url) {
        try {
            LDAPURL parsed = new LDAPURL(url);
            if (!parsed.getScheme().equals("ldap") && !parsed.getScheme().equals("ldaps")) {
                throw new IllegalArgumentException(PREFIX + "url must be ldap://host:port or ldaps://host:port, not " + url);
            }
            return parsed;
        } catch (LDAPException e) {
            throw new IllegalArgumentException(PREFIX + "url is not an LDAP URL: " + url, e);
        }
    }

    private static DN dn(String name, String value) {
        try {
            return new DN(value);
        } catch (LDAPException e) {
            throw new IllegalArgumentException(PREFIX + name + " is not a distinguished name: " + value, e);
        }
    }

    private static Duration duration(Function<String, Optional<String>> setting, String name, String fallback) {
        String value = text(setting, name).orElse(fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PREFIX + name + " must be an ISO-8601 duration such as PT5S, not " + value, e);
        }
    }
}
