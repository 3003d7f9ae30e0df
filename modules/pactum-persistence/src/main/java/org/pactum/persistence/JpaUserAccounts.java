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

    @Override
    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, username));
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
