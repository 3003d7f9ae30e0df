package org.pactum.domain.signature;

import java.util.Optional;

/** Which key the server holds for which official; at most one each. */
public interface ServerHeldKeys {

    Optional<ServerHeldKey> find(String username);

    /** Sets or replaces the official's key. */
    void put(ServerHeldKey key);

    void remove(String username);
}
