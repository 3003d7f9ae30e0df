package org.pactum.domain.user;

import java.util.List;
import java.util.Optional;

/** Everyone who can sign in. */
public interface UserAccounts {

    Optional<UserAccount> find(String username);

    List<UserAccount> all();

    UserAccount add(UserAccount account);
}
