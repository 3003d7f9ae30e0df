package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one SoftHSM2 token of a test JVM, made afresh under target/softhsm on first use; each test class generates its
 * own keys on it under aliases of its own. One token per JVM because the PKCS#11 library, once initialised in a
 * process, does not see tokens made after that. SoftHSM2 reads its configuration from SOFTHSM2_CONF, which surefire
 * puts into this JVM's environment.
 */
final class SoftHsmToken {

    static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    static final char[] PIN = "1234".toCharArray();

    private static final Path SOFTHSM2_UTIL = Path.of("/usr/bin/softhsm2-util");
    private static SoftHsmToken shared;

    private final long slot;
    private final Provider setup;
    private final KeyStore store;

    private SoftHsmToken(long slot) throws Exception {
        this.slot = slot;
        // Keys generated on the token stay there (CKA_TOKEN); SunPKCS11 would otherwise make session keys.
        setup = Security.getProvider("SunPKCS11").configure("--name=pactum-test-setup\nlibrary=" + LIBRARY
                + "\nslot=" + slot + "\nattributes(generate, *, *) = {\n  CKA_TOKEN = true\n}\n");
        store = KeyStore.getInstance("PKCS11", setup);
        store.load(null, PIN);
    }

    /** The token, made on first use; skips the calling test where SoftHSM2 is not installed. */
    static synchronized SoftHsmToken shared() throws Exception {
        assumeTrue(Files.isReadable(LIBRARY) && Files.isExecutable(SOFTHSM2_UTIL),
                "SoftHSM2 is not installed (Debian package softhsm2)");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set; surefire sets it for this module");
        if (shared == null) {
            Path tokens = Path.of(conf).resolveSibling("tokens");
            if (Files.exists(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(Path.of(conf), "directories.tokendir = " + tokens.toAbsolutePath()
                    + "\nobjectstore.backend = file\nlog.level = ERROR\n");
            shared = new SoftHsmToken(initToken());
        }
        return shared;
    }

    long slot() {
        return slot;
    }

    /** An RSA key of {@code bits} generated on the token under {@code alias}, certified by {@code pki}. */
    TestPki.Signer rsaSigner(TestPki pki, String alias, String name, int bits) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", setup);
        rsa.initialize(bits);
        return store(alias, pki.signer(name, rsa.generateKeyPair()));
    }

    /** An ECDSA key on {@code curve} generated on the token under {@code alias}, certified by {@code pki}. */
    TestPki.Signer ecSigner(TestPki pki, String alias, String name, String curve) throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", setup);
        ec.initialize(new ECGenParameterSpec(curve));
        return store(alias, pki.signer(name, ec.generateKeyPair()));
    }

    /** The key under {@code alias}, opened the way Pactum opens a server-held token key. */
    KeySource open(String alias) {
        return KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, alias);
    }

    private synchronized TestPki.Signer store(String alias, TestPki.Signer signer) throws Exception {
        store.setKeyEntry(alias, signer.key(), null, signer.chain().toArray(X509Certificate[]::new));
        return signer;
    }

    /** Initialises a free token and returns the slot SoftHSM2 reassigns it to. */
    private static long initToken() throws IOException, InterruptedException {
        Process util = new ProcessBuilder(SOFTHSM2_UTIL.toString(), "--init-token", "--free", "--label", "pactum-test",
                "--pin", new String(PIN), "--so-pin", "5678").redirectErrorStream(true).start();
        String output = new String(util.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(util.waitFor(60, TimeUnit.SECONDS), "softhsm2-util did not finish");
        assertEquals(0, util.exitValue(), output);
        Matcher reassigned = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        assertTrue(reassigned.find(), output);
        return Long.parseLong(reassigned.group(1));
    }
}
