package org.pactum.web.security.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactum.domain.user.Role;
import org.pactum.web.support.InMemoryDirectory;

/** Against UnboundID's in-memory directory on loopback, started once for the class and stopped at its end. */
class LdapDirectoryTest {

    @RegisterExtension
    static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();

    private static LdapDirectory directory(Map<String, String> settings) {
        return new LdapDirectory(DirectorySettings.read(name -> Optional.ofNullable(settings.get(name))).orElseThrow());
    }

    @Test
    void the_right_password_gives_the_person_with_the_roles_of_their_groups_read_from_member_of() {
        DirectoryPerson dana = directory(DIRECTORY.settings()).signIn("dana", "dana-secret".toCharArray()).orElseThrow();
        assertEquals(InMemoryDirectory.entryOf("dana"), dana.entry());
        assertEquals("Дана Ахметова", dana.displayName());
        assertEquals(Optional.of("dana@directory.example"), dana.findEmail());
        assertEquals(Set.of(Role.DRAFTER, Role.APPROVER), dana.roles());
    }

    @Test
    void groups_can_be_searched_for_their_members_instead_and_a_missing_display_name_falls_back_to_the_common_name() {
        LdapDirectory directory = directory(DIRECTORY.settingsSearchingGroups());
        assertEquals(Set.of(Role.DRAFTER, Role.APPROVER),
                directory.signIn("dana", "dana-secret".toCharArray()).orElseThrow().roles());
        DirectoryPerson erlan = directory.signIn("erlan", "erlan-secret".toCharArray()).orElseThrow();
        assertEquals(Set.of(Role.ADMIN), erlan.roles());
        assertEquals("Ерлан Сейтов", erlan.displayName());
    }

    @Test
    void a_wrong_password_an_empty_one_and_an_unknown_username_give_nobody() {
        LdapDirectory directory = directory(DIRECTORY.settings());
        assertEquals(Optional.empty(), directory.signIn("dana", "erlan-secret".toCharArray()));
        assertEquals(Optional.empty(), directory.signIn("dana", new char[0]), "no anonymous bind in a person's name");
        assertEquals(Optional.empty(), directory.signIn("nobody", "nobody-secret".toCharArray()));
    }

    @Test
    void a_person_in_no_mapped_group_is_known_but_has_no_role() {
        DirectoryPerson omar = directory(DIRECTORY.settings()).signIn("omar", "omar-secret".toCharArray()).orElseThrow();
        assertEquals(Set.of(), omar.roles());
    }

    @Test
    void it_knows_the_usernames_of_its_people_without_their_passwords_role_or_not() {
        LdapDirectory directory = directory(DIRECTORY.settings());
        for (String known : new String[] {"dana", "erlan", "omar", "drafter"}) {
            assertTrue(directory.knows(known), known);
        }
        for (String unknown : new String[] {"nobody", "*", "*)(uid=*", "da*", ""}) {
            assertFalse(directory.knows(unknown), unknown);
        }
    }

    @Test
    void a_name_several_entries_answer_to_is_known_though_nobody_signs_in_with_it() {
        Map<String, String> everyone = new HashMap<>(DIRECTORY.settings());
        everyone.put("pactum.directory.user.filter", "(|(uid={0})(objectClass=person))");
        LdapDirectory directory = directory(everyone);
        assertTrue(directory.knows("dana"));
        assertEquals(Optional.empty(), directory.signIn("dana", "dana-secret".toCharArray()));
    }

    @Test
    void filter_characters_in_the_username_are_escaped_so_they_match_nobody() {
        LdapDirectory directory = directory(DIRECTORY.settings());
        for (String injected : new String[] {"*", "*)(uid=*", "dana)(|(uid=*", "da*", "dana\u0000", "{1}"}) {
            assertEquals(Optional.empty(), directory.signIn(injected, "dana-secret".toCharArray()), injected);
        }
        assertEquals("(&(objectClass=person)(uid=\\2a\\29\\28uid=\\2a))",
                DirectorySettings.filter("(&(objectClass=person)(uid={0}))", "*)(uid=*", ""));
        assertEquals("(uid={1})", DirectorySettings.filter("(uid={0})", "{1}", "uid=x"),
                "one pass: a username that looks like a placeholder stays the username");
    }

    @Test
    void a_directory_that_does_not_answer_or_refuses_pactums_own_bind_is_unavailable_not_a_wrong_password() {
        Map<String, String> wrongReader = new HashMap<>(DIRECTORY.settings());
        wrongReader.put("pactum.directory.bind-password", "not-the-secret");
        assertThrows(DirectoryUnavailableException.class,
                () -> directory(wrongReader).signIn("dana", "dana-secret".toCharArray()));
        assertThrows(DirectoryUnavailableException.class, () -> directory(wrongReader).knows("dana"));

        InMemoryDirectory gone = InMemoryDirectory.start();
        Map<String, String> down = gone.settings();
        gone.close();
        long started = System.nanoTime();
        DirectoryUnavailableException refused = assertThrows(DirectoryUnavailableException.class,
                () -> directory(down).signIn("dana", "dana-secret".toCharArray()));
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        assertThrows(DirectoryUnavailableException.class, () -> directory(down).knows("nobody"));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0,
                "within the connect timeout");
    }
}
