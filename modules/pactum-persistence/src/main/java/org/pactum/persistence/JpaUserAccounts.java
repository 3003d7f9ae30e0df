package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    /**
     * A name with U+0000 in it is nobody's: PostgreSQL's text cannot hold that character, and a statement that binds it
     * fails ("invalid byte sequence"), which turned a name sent in a request into a 500 there while H2 answered that
     * there is no such account. Not asked of the database, it is no account on either.
     */
    @Override
    public Optional<UserAccount> find(String username) {
        return username == null || username.indexOf('\0') >= 0 ? Optional.empty()
                : Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }

    @Override
    public UserAccount add(UserAccount account) {
        if (find(account.username()).isPresent()) {
            throw new DuplicateException("User", account.username());
        }
        em.persist(account);
        return account;
    }
}
