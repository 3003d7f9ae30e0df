package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/** An unknown username costs the same hashing work as a wrong password for a real one. */
class PactumIdentityStoreTest {

    private static final UserAccount DRAFTER = new UserAccount("drafter", "Анна Кравец", PasswordHash.of("demo".toCharArray()),
            Set.of(Role.DRAFTER));
    private static final UserAccount FORMER;

    static {
        FORMER = new UserAccount("former", "Бывший сотрудник", PasswordHash.of("demo".toCharArray()), Set.of(Role.AUDITOR));
        FORMER.disable();
    }

    private final PactumIdentityStore store = new PactumIdentityStore();

    PactumIdentityStoreTest() {
        store.accounts = new UserAccounts() {
            @Override
            public Optional<UserAccount> find(String username) {
                return List.of(DRAFTER, FORMER).stream().filter(account -> account.username().equals(username)).findFirst();
            }

            @Override
            public List<UserAccount> all() {
                return List.of(DRAFTER, FORMER);
            }

            @Override
            public UserAccount add(UserAccount account) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void the_right_password_gives_the_roles_as_groups_and_a_disabled_user_none() {
        assertEquals(Optional.of(Set.of("DRAFTER")), store.groupsOf("drafter", "demo".toCharArray()));
        assertEquals(Optional.empty(), store.groupsOf("former", "demo".toCharArray()));
    }

    @Test
    void an_unknown_or_disabled_user_takes_as_long_as_a_wrong_password_for_a_real_one() {
        store.groupsOf("nobody", "warm".toCharArray());
        long[] cost = fastest("drafter", "nobody-at-all", "former");
        long realUser = cost[0];
        long unknownUser = cost[1];
        long disabledUser = cost[2];
        // The hash is the whole cost (hundreds of milliseconds); skipping it would answer in a fraction of that.
        assertTrue(unknownUser > realUser / 2, "unknown " + unknownUser + " ms against real " + realUser + " ms");
        assertTrue(disabledUser > realUser / 2, "disabled " + disabledUser + " ms against real " + realUser + " ms");
    }

    /**
     * Each username's cheapest of five wrong passwords, in milliseconds of this thread's CPU time. The usernames take
     * turns, so the JIT's progress during the first rounds does not favour whichever comes last, and CPU time does not
     * count the waits for a core that a loaded machine adds to wall time.
     */
    private long[] fastest(String... usernames) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] fastest = new long[usernames.length];
        Arrays.fill(fastest, Long.MAX_VALUE);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < usernames.length; i++) {
                long started = threads.getCurrentThreadCpuTime();
                assertTrue(store.groupsOf(usernames[i], ("wrong" + round).toCharArray()).isEmpty());
                fastest[i] = Math.min(fastest[i], (threads.getCurrentThreadCpuTime() - started) / 1_000_000);
            }
        }
        return fastest;
    }
}
