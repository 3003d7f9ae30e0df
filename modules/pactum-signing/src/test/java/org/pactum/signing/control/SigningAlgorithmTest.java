package org.pactum.signing.control;

import org.pactum.domain.signature.UnusableKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class SigningAlgorithmTest {

    @Test
    void ecdsa_keys_sign_with_the_hash_of_their_curve() throws Exception {
        assertEquals(SigningAlgorithm.ECDSA_SHA256, SigningAlgorithm.forKey(ecKey("secp256r1", null)));
        assertEquals(SigningAlgorithm.ECDSA_SHA384, SigningAlgorithm.forKey(ecKey("secp384r1", null)));
    }

    @Test
    void a_256_bit_curve_other_than_p256_cannot_sign() throws Exception {
        PublicKey bitcoinCurve = ecKey("secp256k1", new BouncyCastleProvider());

        assertThrows(UnusableKeyException.class, () -> SigningAlgorithm.forKey(bitcoinCurve));
    }

    @Test
    void rsa_keys_of_2048_bits_sign_with_sha256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        assertEquals(SigningAlgorithm.RSA_SHA256, SigningAlgorithm.forKey(generator.generateKeyPair().getPublic()));
    }

    private static PublicKey ecKey(String curve, java.security.Provider provider) throws Exception {
        KeyPairGenerator generator = provider == null
                ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair().getPublic();
    }
}
