package org.pactum.web.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.user.NameInDirectoryException;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.UserAccountsInMemory;
import org.pactum.web.security.HashingGate;
import org.pactum.web.security.directory.DirectoryUnavailableException;
import org.pactum.web.support.InMemoryDirectory;

/**
 * An administrator's new local account beside the in-memory directory (started once for the class): a name the
 * directory knows is refused, and so is every name while the directory cannot be asked; nothing is stored or audited
 * then.
 */
class NewAccountNameTest {

    @RegisterExtension
    static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();

    private static final char[] PASSWORD = "an initial one".toCharArray();

    private final UserAccountsInMemory accounts = new UserAccountsInMemory();
    private final RecordedEvents<AccountRecorded> recorded = new RecordedEvents<>();

    private UserAdministration administration(Map<String, String> directorySettings) {
        UserAdministration administration = new UserAdministration();
        administration.accounts = accounts;
        administration.gate = new HashingGate(1, Duration.ofSeconds(10));
        administration.recorded = recorded;
        administration.mode = "demo";
        administration.directory = InMemoryDirectory.configuration(directorySettings);
        return administration;
    }

    private static NewAccount named(String username) {
        return new NewAccount(username, "Айгерим Нурланова", null, null, Set.of(Role.DRAFTER));
    }

    @Test
    void a_name_the_directory_knows_is_refused_before_anything_is_stored_or_audited() {
        UserAdministration administration = administration(DIRECTORY.settings());
        for (String known : List.of("dana", "omar")) {
            NameInDirectoryException refused = assertThrows(NameInDirectoryException.class,
                    () -> administration.create(named(known), PASSWORD, "admin"));
            assertEquals("name-in-directory", refused.problemType());
        }
        assertEquals(List.of(), accounts.all());
        assertEquals(List.of(), recorded.fired());
    }

    @Test
    void an_account_that_exists_already_is_taken_whoever_else_has_the_name() {
        accounts.add(new UserAccount("drafter", "Ольга Петрова", PasswordHash.parse("pbkdf2-sha256$1$c2FsdA==$aGFzaA=="),
                Set.of(Role.DRAFTER)));
        accounts.add(UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER)));
        UserAdministration administration = administration(DIRECTORY.settings());
        assertThrows(DuplicateException.class, () -> administration.create(named("drafter"), PASSWORD, "admin"));
        assertThrows(DuplicateException.class, () -> administration.create(named("dana"), PASSWORD, "admin"));
    }

    @Test
    void a_name_the_directory_does_not_know_makes_a_local_account_as_before() {
        UserAccount created = administration(DIRECTORY.settings()).create(named("aigerim"), PASSWORD, "admin");
        assertFalse(created.isFromDirectory());
        assertEquals(List.of(AuditAction.USER_CREATED), recorded.fired().stream().map(AccountRecorded::action).toList());
    }

    @Test
    void while_the_directory_cannot_be_asked_no_local_account_is_made() {
        InMemoryDirectory gone = InMemoryDirectory.start();
        Map<String, String> down = gone.settings();
        gone.close();
        assertThrows(DirectoryUnavailableException.class,
                () -> administration(down).create(named("aigerim"), PASSWORD, "admin"));
        assertEquals(List.of(), accounts.all());
        assertEquals(List.of(), recorded.fired());
    }

    @Test
    void without_directory_sign_in_any_free_name_is_pactums() {
        administration(Map.of()).create(named("dana"), PASSWORD, "admin");
        assertTrue(accounts.find("dana").isPresent());
    }
}
