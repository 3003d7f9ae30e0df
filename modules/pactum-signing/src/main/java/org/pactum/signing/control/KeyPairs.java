package org.pactum.signing.control;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** Fresh key pairs of the kinds Pactum signs with: RSA 2048 and ECDSA over P-256 (P-384 and other sizes for tests). */
public final class KeyPairs {

    private KeyPairs() {
    }

    public static KeyPair rsa2048() {
        return rsa(2048);
    }

    public static KeyPair ecP256() {
        return ec("secp256r1");
    }

    /** An RSA key pair of {@code bits} bits. */
    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot make RSA keys of " + bits + " bits", e);
        }
    }

    /** An EC key pair on the named {@code curve}, e.g. {@code secp256r1} or {@code secp384r1}. */
    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot make EC keys on " + curve, e);
        }
    }
}
