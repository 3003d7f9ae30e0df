package org.pactum.domain.signature;

import java.util.Objects;
import java.util.Optional;

/**
 * The key the server holds for an official: a PKCS#12 file kept encrypted under the official's PIN, or a slot of a
 * PKCS#11 token (an HSM) with the key's alias. The PIN is never stored: the official types it for each signature.
 */
public record ServerHeldKey(String username, Kind kind, byte[] pkcs12, String pkcs11Library, Long pkcs11Slot,
                            String alias) {

    public enum Kind { PKCS12, PKCS11 }

    public ServerHeldKey {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        pkcs12 = pkcs12 == null ? null : pkcs12.clone();
        if (kind == Kind.PKCS12 && pkcs12 == null) {
            throw new IllegalArgumentException("A PKCS#12 key needs its file");
        }
        if (kind == Kind.PKCS11 && (pkcs11Library == null || pkcs11Slot == null)) {
            throw new IllegalArgumentException("A PKCS#11 key needs the token's library and slot");
        }
    }

    public static ServerHeldKey pkcs12(String username, byte[] file) {
        return new ServerHeldKey(username, Kind.PKCS12, file, null, null, null);
    }

    public static ServerHeldKey pkcs11(String username, String library, long slot, String alias) {
        return new ServerHeldKey(username, Kind.PKCS11, null, library, slot, alias);
    }

    @Override
    public byte[] pkcs12() {
        return pkcs12 == null ? null : pkcs12.clone();
    }

    public Optional<String> aliasIfNamed() {
        return Optional.ofNullable(alias);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerHeldKey that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "ServerHeldKey " + username + " (" + kind + ")";
    }
}
