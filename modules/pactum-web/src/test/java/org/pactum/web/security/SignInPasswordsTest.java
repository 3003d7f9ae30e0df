package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.UserAccountsInMemory;
import org.pactum.web.security.directory.DirectoryAccounts;
import org.pactum.web.security.directory.DirectoryUnavailableException;
import org.pactum.web.support.InMemoryDirectory;

/** Pactum's own accounts beside the in-memory directory (started once for the class, stopped at its end). */
class SignInPasswordsTest {

    @RegisterExtension
    static final InMemoryDirectory DIRECTORY = new InMemoryDirectory();

    private final UserAccountsInMemory accounts = new UserAccountsInMemory();
    private final RecordedEvents<AccountRecorded> recorded = new RecordedEvents<>();

    SignInPasswordsTest() {
        accounts.add(new UserAccount("drafter", "Ольга Петрова", PasswordHash.of("demo".toCharArray()),
                Set.of(Role.DRAFTER)));
    }

    private SignInPasswords passwords(Map<String, String> settings) {
        SignInPasswords passwords = new SignInPasswords();
        passwords.local = new PactumIdentityStore();
        passwords.local.accounts = accounts;
        passwords.accounts = accounts;
        passwords.directory = InMemoryDirectory.configuration(settings);
        passwords.directoryAccounts = new DirectoryAccounts(accounts, recorded);
        return passwords;
    }

    @Test
    void a_first_sign_in_makes_a_local_account_marked_as_the_directorys_with_its_name_mail_and_roles() {
        assertEquals(Optional.of(Set.of("DRAFTER", "APPROVER")),
                passwords(DIRECTORY.settings()).groupsOf("dana", "dana-secret".toCharArray()));
        UserAccount dana = accounts.find("dana").orElseThrow();
        assertTrue(dana.isFromDirectory());
        assertEquals("Дана Ахметова", dana.displayName());
        assertEquals(Optional.of("dana@directory.example"), dana.findEmail());
        assertEquals(Set.of(Role.DRAFTER, Role.APPROVER), dana.roles());
        assertFalse(dana.authenticates("dana-secret".toCharArray()), "the password stays the directory's");
        assertEquals(Optional.of(AccountKeeper.DIRECTORY), dana.findKeeper());
        AccountRecorded created = recorded.fired().get(0);
        assertEquals(AuditAction.USER_CREATED, created.action());
        assertEquals("directory", created.details().get("source"));
        assertEquals("dana", created.actor());
    }

    @Test
    void roles_follow_the_directorys_groups_at_every_sign_in_and_only_a_change_is_recorded() {
        accounts.add(UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.AUDITOR)));
        SignInPasswords passwords = passwords(DIRECTORY.settings());
        assertEquals(Optional.of(Set.of("DRAFTER", "APPROVER")), passwords.groupsOf("dana", "dana-secret".toCharArray()));
        assertEquals(Set.of(Role.DRAFTER, Role.APPROVER), accounts.find("dana").orElseThrow().roles());
        assertEquals(AuditAction.USER_CHANGED, recorded.fired().get(0).action());
        assertEquals(List.of("AUDITOR"), recorded.fired().get(0).details().get("rolesBefore"));

        passwords.groupsOf("dana", "dana-secret".toCharArray());
        assertEquals(1, recorded.fired().size(), "nothing changed the second time");
    }

    @Test
    void a_local_account_of_the_same_name_wins_over_the_directory() {
        SignInPasswords passwords = passwords(DIRECTORY.settings());
        assertEquals(Optional.of(Set.of("DRAFTER")), passwords.groupsOf("drafter", "demo".toCharArray()));
        assertEquals(Optional.empty(), passwords.groupsOf("drafter", "drafter-secret".toCharArray()),
                "the directory's drafter, an administrator there, is not Pactum's drafter");
        assertFalse(accounts.find("drafter").orElseThrow().isFromDirectory());
    }

    @Test
    void wrong_passwords_and_unknown_users_are_refused_and_make_no_account() {
        SignInPasswords passwords = passwords(DIRECTORY.settings());
        assertEquals(Optional.empty(), passwords.groupsOf("dana", "wrong".toCharArray()));
        assertEquals(Optional.empty(), passwords.groupsOf("nobody", "nobody-secret".toCharArray()));
        assertEquals(Optional.empty(), passwords.groupsOf("*)(uid=*", "dana-secret".toCharArray()));
        assertEquals(Optional.empty(), passwords.groupsOf("Dana", "dana-secret".toCharArray()),
                "a username Pactum could not name an account by is not asked about");
        assertEquals(List.of("drafter"), accounts.all().stream().map(UserAccount::username).toList());
        assertEquals(List.of(), recorded.fired());
    }

    @Test
    void a_person_in_no_mapped_group_is_refused_with_a_reason_of_their_own_and_gets_no_account() {
        assertThrows(NoRoleException.class, () -> passwords(DIRECTORY.settings()).groupsOf("omar", "omar-secret".toCharArray()));
        assertFalse(accounts.find("omar").isPresent());
    }

    @Test
    void a_directory_account_disabled_in_pactum_stays_refused() {
        UserAccount erlan = UserAccount.fromDirectory("erlan", "Ерлан Сейтов", Set.of(Role.ADMIN));
        erlan.disable();
        accounts.add(erlan);
        assertEquals(Optional.empty(), passwords(DIRECTORY.settings()).groupsOf("erlan", "erlan-secret".toCharArray()));
    }

    @Test
    void without_a_directory_only_pactums_own_accounts_sign_in() {
        SignInPasswords passwords = passwords(Map.of());
        assertEquals(Optional.of(Set.of("DRAFTER")), passwords.groupsOf("drafter", "demo".toCharArray()));
        assertEquals(Optional.empty(), passwords.groupsOf("dana", "dana-secret".toCharArray()));
    }

    @Test
    void directory_sign_ins_are_throttled_and_cached_like_local_ones_and_a_cached_one_outlasts_an_outage() {
        InMemoryDirectory own = InMemoryDirectory.start();
        SettableClock clock = new SettableClock(Instant.parse("2026-12-07T09:00:00Z"));
        ThrottlePolicy policy = new ThrottlePolicy(3, 1, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
        SignInCheck check = new SignInCheck(new InMemorySignInThrottle(policy, policy, 100, clock),
                new CredentialCache(Duration.ofMinutes(5), clock), new HashingGate(1, Duration.ofSeconds(10)),
                passwords(own.settings()));
        try {
            assertEquals(SignInOutcome.Kind.VERIFIED, check.check("dana", "dana-secret".toCharArray(), "10.0.0.1").kind());
            own.close();
            assertEquals(SignInOutcome.Kind.CACHED, check.check("dana", "dana-secret".toCharArray(), "10.0.0.1").kind());
            assertThrows(DirectoryUnavailableException.class,
                    () -> check.check("erlan", "erlan-secret".toCharArray(), "10.0.0.2"));
        } finally {
            own.close();
        }
        SignInCheck counting = new SignInCheck(new InMemorySignInThrottle(policy, policy, 100, clock),
                new CredentialCache(Duration.ofMinutes(5), clock), new HashingGate(1, Duration.ofSeconds(10)),
                passwords(DIRECTORY.settings()));
        assertEquals(SignInOutcome.Kind.WRONG, counting.check("erlan", "guess1".toCharArray(), "10.0.0.3").kind());
        assertEquals(SignInOutcome.Kind.WRONG, counting.check("erlan", "guess2".toCharArray(), "10.0.0.3").kind());
        assertEquals(SignInOutcome.Kind.LOCKED, counting.check("erlan", "guess3".toCharArray(), "10.0.0.3").kind());
        assertEquals(SignInOutcome.Kind.LOCKED, counting.check("erlan", "erlan-secret".toCharArray(), "10.0.0.3").kind(),
                "locked: not even the right directory password is heard");
    }
}
