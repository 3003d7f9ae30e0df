package org.pactum.web.signing;

/** {@code {"library": "/usr/lib/softhsm/libsofthsm2.so", "slot": 0, "alias": "signer1"}}: a key on a PKCS#11 token. */
public record Pkcs11KeyInput(String library, Long slot, String alias) {
}
