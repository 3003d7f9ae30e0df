package org.pactum.web.signing;

import org.pactum.domain.signature.ServerHeldKey;

/** Which key the server holds for an official; never the key itself. */
public record SigningKeyJson(String username, String kind, String pkcs11Library, Long slot, String alias) {

    static SigningKeyJson of(ServerHeldKey key) {
        return new SigningKeyJson(key.username(), key.kind().name(), key.pkcs11Library(), key.pkcs11Slot(), key.alias());
    }
}
