package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * What the accounts' store answers without a database. On PostgreSQL, StrictInputIT's fuzz (a signer named
 * "\u0000nul" for a party) is the end-to-end check of the same.
 */
class JpaUserAccountsTest {

    @Test
    void a_name_with_a_nul_character_is_no_account_and_the_database_is_not_asked() {
        JpaUserAccounts accounts = new JpaUserAccounts(); // no EntityManager: asking the database would throw
        assertEquals(Optional.empty(), accounts.find("\u0000nul"));
        assertEquals(Optional.empty(), accounts.find("signer\u00002"));
        assertEquals(Optional.empty(), accounts.find(null));
    }
}
