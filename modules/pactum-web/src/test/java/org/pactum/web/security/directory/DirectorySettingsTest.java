package org.pactum.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.Role;

class DirectorySettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "pactum.directory.url", "ldaps://ldap.example.org:636",
            "pactum.directory.user.search-base", "ou=people,dc=example,dc=org",
            "pactum.directory.role.ADMIN", "cn=pactum-admins,ou=groups,dc=example,dc=org",
            "pactum.directory.role.SIGNER", "cn=heads,ou=groups,dc=example,dc=org; cn=deputies,ou=groups,dc=example,dc=org"));

    private Optional<DirectorySettings> read() {
        return DirectorySettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void without_a_url_directory_sign_in_is_off_whatever_else_is_set() {
        values.remove("pactum.directory.url");
        assertEquals(Optional.empty(), read());
        values.put("pactum.directory.url", "  ");
        assertEquals(Optional.empty(), read());
    }

    @Test
    void the_defaults_search_people_by_uid_and_read_their_groups_from_member_of() {
        DirectorySettings settings = read().orElseThrow();
        assertEquals("ldaps", settings.url().getScheme());
        assertFalse(settings.startTls());
        assertNull(settings.bindDn());
        assertEquals("(&(objectClass=person)(uid={0}))", settings.userFilter());
        assertEquals(List.of("displayName", "cn"), settings.nameAttributes());
        assertNull(settings.groupBase());
        assertEquals("memberOf", settings.groupAttribute());
        assertEquals(Duration.ofSeconds(3), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(5), settings.readTimeout());
    }

    @Test
    void a_role_may_come_from_several_groups_named_in_any_spelling() throws LDAPException {
        DirectorySettings settings = read().orElseThrow();
        assertEquals(Set.of(Role.SIGNER), settings.rolesOf(List.of(new DN("CN=Deputies, OU=Groups, DC=Example, DC=Org"))));
        assertEquals(Set.of(Role.SIGNER, Role.ADMIN), settings.rolesOf(List.of(
                new DN("cn=heads,ou=groups,dc=example,dc=org"), new DN("cn=pactum-admins,ou=groups,dc=example,dc=org"))));
        assertEquals(Set.of(), settings.rolesOf(List.of(new DN("cn=canteen,ou=groups,dc=example,dc=org"))));
    }

    @Test
    void a_malformed_or_missing_setting_is_named() {
        values.put("pactum.directory.url", "http://ldap.example.org");
        assertMessageNames("pactum.directory.url");
        values.put("pactum.directory.url", "ldap://ldap.example.org");
        values.put("pactum.directory.role.ADMIN", "not a dn");
        assertMessageNames("pactum.directory.role.ADMIN");
        values.remove("pactum.directory.role.ADMIN");
        values.remove("pactum.directory.role.SIGNER");
        assertMessageNames("pactum.directory.role.");
        values.put("pactum.directory.role.ADMIN", "cn=a,dc=b");
        values.remove("pactum.directory.user.search-base");
        assertMessageNames("pactum.directory.user.search-base");
        values.put("pactum.directory.user.search-base", "dc=b");
        values.put("pactum.directory.read-timeout", "5s");
        assertMessageNames("pactum.directory.read-timeout");
    }

    private void assertMessageNames(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, this::read);
        assertTrue(refused.getMessage().contains(setting), refused.getMessage());
    }
}
