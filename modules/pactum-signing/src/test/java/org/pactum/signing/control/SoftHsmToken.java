package org.pactum.signing.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.pactum.fixtures.SoftHsm;

/**
 * The test JVM's SoftHSM2 token ({@link SoftHsm}, one per JVM) with keys certified by a test PKI, each test class
 * under aliases of its own. SoftHSM2 reads its configuration from SOFTHSM2_CONF, which surefire sets for this module.
 */
final class SoftHsmToken {

    static final Path LIBRARY = SoftHsm.LIBRARY;
    static final char[] PIN = SoftHsm.PIN.toCharArray();

    private final SoftHsm token;

    private SoftHsmToken(SoftHsm token) {
        this.token = token;
    }

    /** The token, made on first use; skips the calling test where SoftHSM2 is not installed. */
    static SoftHsmToken shared() throws Exception {
        assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed (Debian package softhsm2) or SOFTHSM2_CONF is not set");
        return new SoftHsmToken(SoftHsm.shared());
    }

    long slot() {
        return token.slot();
    }

    /** An RSA key of {@code bits} generated on the token under {@code alias}, certified by {@code pki}. */
    TestPki.Signer rsaSigner(TestPki pki, String alias, String name, int bits) throws Exception {
        return store(alias, pki.signer(name, token.generateRsa(bits)));
    }

    /** An ECDSA key on {@code curve} generated on the token under {@code alias}, certified by {@code pki}. */
    TestPki.Signer ecSigner(TestPki pki, String alias, String name, String curve) throws Exception {
        return store(alias, pki.signer(name, token.generateEc(curve)));
    }

    /** The key under {@code alias}, opened the way Pactum opens a server-held token key. */
    KeySource open(String alias) {
        return KeyStoreKeySource.openPkcs11(LIBRARY, token.slot(), PIN, alias);
    }

    private TestPki.Signer store(String alias, TestPki.Signer signer) throws Exception {
        token.store(alias, signer.key(), signer.chain().toArray(X509Certificate[]::new));
        return signer;
    }
}
