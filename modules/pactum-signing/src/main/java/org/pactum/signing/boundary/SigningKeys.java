package org.pactum.signing.boundary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.signature.ServerHeldKey;
import org.pactum.domain.signature.ServerHeldKeySet;
import org.pactum.domain.signature.ServerHeldKeys;
import org.pactum.domain.user.UserAccounts;

/**
 * The keys the server holds for officials, as administrators set them: a PKCS#12 file (kept as it came, encrypted
 * under the official's PIN, which nobody tells the server) or a PKCS#11 token slot. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SigningKeys {

    @Inject
    ServerHeldKeys keys;

    @Inject
    UserAccounts accounts;

    @Inject
    Event<ServerHeldKeySet> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServerHeldKey> of(String username) {
        account(username);
        return keys.find(username);
    }

    /** Gives the official a PKCS#12 file; refused unless it is one (its content stays locked until a PIN opens it). */
    public ServerHeldKey holdPkcs12(String username, byte[] pkcs12, String actor) {
        account(username);
        if (pkcs12 == null || pkcs12.length == 0 || !looksLikePkcs12(pkcs12)) {
            throw new InvalidInputException("keystore", Rule.MALFORMED, "must be a PKCS#12 file");
        }
        return put(ServerHeldKey.pkcs12(username, pkcs12), actor);
    }

    /** Gives the official a key on a PKCS#11 token: the module's library, the slot, and the key's alias if several. */
    public ServerHeldKey holdPkcs11(String username, String library, Long slot, String alias, String actor) {
        account(username);
        if (library == null || library.isBlank() || !Files.isRegularFile(Path.of(library))) {
            throw new InvalidInputException("library", Rule.UNKNOWN, "must be the path of a PKCS#11 module on the server");
        }
        if (slot == null || slot < 0) {
            throw new InvalidInputException("slot", Rule.REQUIRED, "must be the token's slot number");
        }
        return put(ServerHeldKey.pkcs11(username, library, slot, alias == null || alias.isBlank() ? null : alias), actor);
    }

    public void release(String username, String actor) {
        account(username);
        if (keys.find(username).isEmpty()) {
            throw new NotFoundException("Server-held key of", username);
        }
        keys.remove(username);
        changed.fire(new ServerHeldKeySet(username, null, actor));
    }

    private ServerHeldKey put(ServerHeldKey key, String actor) {
        keys.put(key);
        changed.fire(new ServerHeldKeySet(key.username(), key.kind(), actor));
        return key;
    }

    private void account(String username) {
        if (username == null || accounts.find(username).isEmpty()) {
            throw new NotFoundException("User", username);
        }
    }

    /** A PKCS#12 file is a DER SEQUENCE whose version is 3; anything else is refused before it is stored. */
    private static boolean looksLikePkcs12(byte[] file) {
        try {
            return Pfx.getInstance(ASN1Primitive.fromByteArray(file)) != null;
        } catch (IOException | IllegalArgumentException notPkcs12) {
            return false;
        }
    }
}
