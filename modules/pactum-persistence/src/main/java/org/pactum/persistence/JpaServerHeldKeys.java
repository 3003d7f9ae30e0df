package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.signature.ServerHeldKey;
import org.pactum.domain.signature.ServerHeldKeys;

/** The keys the server holds for officials, in server_held_key: one row per official, the PIN never among them. */
@ApplicationScoped
public class JpaServerHeldKeys implements ServerHeldKeys {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Optional<ServerHeldKey> find(String username) {
        return NativeSql.rows(em, "SELECT username, kind, pkcs12, pkcs11_library, pkcs11_slot, key_alias"
                + " FROM server_held_key WHERE username = ?", username).stream().findFirst().map(row ->
                ServerHeldKey.Kind.valueOf(row.text(1)) == ServerHeldKey.Kind.PKCS12
                        ? ServerHeldKey.pkcs12(row.text(0), row.bytes(2))
                        : ServerHeldKey.pkcs11(row.text(0), row.text(3), row.number(4), row.text(5)));
    }

    @Override
    public void put(ServerHeldKey key) {
        remove(key.username());
        // Only the kind's own columns are written: binding a typed null is not portable across drivers.
        if (key.kind() == ServerHeldKey.Kind.PKCS12) {
            NativeSql.update(em, "INSERT INTO server_held_key (username, kind, pkcs12) VALUES (?, ?, ?)",
                    List.of(key.username(), key.kind().name(), key.pkcs12()));
        } else if (key.alias() == null) {
            NativeSql.update(em, "INSERT INTO server_held_key (username, kind, pkcs11_library, pkcs11_slot) VALUES (?, ?, ?, ?)",
                    List.of(key.username(), key.kind().name(), key.pkcs11Library(), key.pkcs11Slot()));
        } else {
            NativeSql.update(em, "INSERT INTO server_held_key (username, kind, pkcs11_library, pkcs11_slot, key_alias)"
                    + " VALUES (?, ?, ?, ?, ?)", List.of(key.username(), key.kind().name(), key.pkcs11Library(),
                    key.pkcs11Slot(), key.alias()));
        }
    }

    @Override
    public void remove(String username) {
        NativeSql.update(em, "DELETE FROM server_held_key WHERE username = ?", List.of(username));
    }
}
