package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.canonical.Sha256;

/** The fast ECDSA check accepts exactly what the JDK's {@code Signature} accepts. */
class SealSignaturesTest {

    private final SealSignatures signatures = new SealSignatures();

    @Test
    void seals_and_damaged_seals_are_judged_as_the_jdk_judges_them() throws Exception {
        Chains chains = new Chains().grow(200, 1);
        Random random = new Random(256);
        for (AuditSeal seal : chains.seals) {
            assertTrue(signatures.verify(seal, chains.key.publicKey()));
            byte[] damaged = Base64.getDecoder().decode(seal.signature());
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            AuditSeal bad = withSignature(seal, damaged);
            assertEquals(jdk(bad, chains.key.publicKey()), signatures.verify(bad, chains.key.publicKey()));
        }
    }

    @Test
    void another_key_a_changed_content_or_garbage_do_not_verify() throws Exception {
        Chains chains = new Chains().grow(3, 1);
        AuditSeal seal = chains.seals.get(0);
        assertFalse(signatures.verify(seal, new Chains().key.publicKey()));
        assertFalse(signatures.verify(new AuditSeal(seal.sequence(), Sha256.ZERO, seal.sealedAt(), seal.keyId(),
                seal.algorithm(), seal.signature()), chains.key.publicKey()));
        assertFalse(signatures.verify(withSignature(seal, new byte[] {0x30, 0x00}), chains.key.publicKey()));
        assertFalse(signatures.verify(withSignature(seal, "not a signature".getBytes(StandardCharsets.UTF_8)),
                chains.key.publicKey()));
        assertFalse(signatures.verify(new AuditSeal(seal.sequence(), seal.headHash(), seal.sealedAt(), seal.keyId(),
                seal.algorithm(), "%%% not base64"), chains.key.publicKey()));
    }

    @Test
    void a_signature_in_a_longer_encoding_than_der_is_refused_as_the_jdk_refuses_it() throws Exception {
        Chains chains = new Chains().grow(1, 1);
        AuditSeal seal = chains.seals.get(0);
        byte[] der = Base64.getDecoder().decode(seal.signature());
        // The same (r, s) with the sequence's length in long form (0x81 n): valid BER, not DER.
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) 0x81;
        ber[2] = der[1];
        System.arraycopy(der, 2, ber, 3, der.length - 2);
        AuditSeal longer = withSignature(seal, ber);
        assertFalse(signatures.verify(longer, chains.key.publicKey()));
        assertEquals(jdk(longer, chains.key.publicKey()), signatures.verify(longer, chains.key.publicKey()));
    }

    @Test
    void other_algorithms_go_through_the_jdk() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Instant at = Instant.parse("2026-11-22T08:00:00Z");
        String content = AuditSeal.signedContent(10, Sha256.ZERO, at, "rsa");
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(content.getBytes(StandardCharsets.UTF_8));
        AuditSeal seal = new AuditSeal(10, Sha256.ZERO, at, "rsa", "SHA256withRSA",
                Base64.getEncoder().encodeToString(signer.sign()));
        assertTrue(signatures.verify(seal, pair.getPublic()));
        assertFalse(signatures.verify(new AuditSeal(11, Sha256.ZERO, at, "rsa", "SHA256withRSA", seal.signature()),
                pair.getPublic()));
    }

    private static AuditSeal withSignature(AuditSeal seal, byte[] signature) {
        return new AuditSeal(seal.sequence(), seal.headHash(), seal.sealedAt(), seal.keyId(), seal.algorithm(),
                Base64.getEncoder().encodeToString(signature));
    }

    private static boolean jdk(AuditSeal seal, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(seal.algorithm());
            verifier.initVerify(key);
            verifier.update(seal.signedContent().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(seal.signature()));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
