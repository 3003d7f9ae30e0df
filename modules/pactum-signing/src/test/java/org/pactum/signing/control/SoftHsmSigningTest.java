package org.pactum.signing.control;

import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.signature.UnusableKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

/**
 * Signs through a PKCS#11 token: a SoftHSM2 token made afresh under target/softhsm, its keys generated on the token.
 * SoftHSM2 reads its configuration from SOFTHSM2_CONF, which surefire puts into this JVM's environment.
 */
class SoftHsmSigningTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final Path SOFTHSM2_UTIL = Path.of("/usr/bin/softhsm2-util");
    private static final char[] PIN = "1234".toCharArray();
    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T09:15:00Z");

    private static final TestPki PKI = new TestPki();
    private static long slot;
    private static TestPki.Signer omsk;
    private static TestPki.Signer pavlodar;
    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeToken() throws Exception {
        assumeTrue(Files.isReadable(LIBRARY) && Files.isExecutable(SOFTHSM2_UTIL),
                "SoftHSM2 is not installed (Debian package softhsm2)");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set; surefire sets it for this module");
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
        slot = initToken();

        // Keys generated on the token stay there (CKA_TOKEN); SunPKCS11 would otherwise make session keys.
        Provider token = Security.getProvider("SunPKCS11").configure("--name=pactum-test-setup\nlibrary=" + LIBRARY
                + "\nslot=" + slot + "\nattributes(generate, *, *) = {\n  CKA_TOKEN = true\n}\n");
        KeyStore store = KeyStore.getInstance("PKCS11", token);
        store.load(null, PIN);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA", token);
        rsa.initialize(2048);
        omsk = store(store, "omsk", PKI.signer("Omsk Head", rsa.generateKeyPair()));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", token);
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        pavlodar = store(store, "pavlodar", PKI.signer("Pavlodar Akim", ec.generateKeyPair()));

        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
    }

    @Test
    void an_rsa_key_on_the_token_signs_the_agreement_validly() throws Exception {
        KeySource key = KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, "omsk");

        byte[] signed = PadesSigning.sign(agreement, "omsk-1", SIGNED_AT, key);

        assertEquals(omsk.chain(), key.certificateChain());
        SignedPdfChecks.verifyEveryCms(signed, List.of(omsk));
        String report = SignedPdfChecks.assertPdfsigFindsValid(signed, 1, folder);
        System.out.println("pdfsig, RSA key on SoftHSM2:\n" + report);
    }

    @Test
    void a_p256_key_on_the_token_signs_after_an_rsa_key_and_both_stay_valid() throws Exception {
        byte[] first = PadesSigning.sign(agreement, "omsk-1", SIGNED_AT,
                KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, "omsk"));

        byte[] second = PadesSigning.sign(first, "pavlodar-1", SIGNED_AT,
                KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, "pavlodar"));

        SignedPdfChecks.verifyEveryCms(second, List.of(omsk, pavlodar));
        String report = SignedPdfChecks.assertPdfsigFindsValid(second, 2, folder);
        System.out.println("pdfsig, RSA then P-256 key on SoftHSM2:\n" + report);
    }

    @Test
    void a_wrong_pin_is_refused_even_while_the_token_is_open_with_the_right_one() {
        KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, "omsk");

        assertThrows(WrongPinException.class,
                () -> KeyStoreKeySource.openPkcs11(LIBRARY, slot, "4321".toCharArray(), "omsk"));
    }

    @Test
    void a_missing_key_library_or_slot_is_unusable() {
        assertThrows(UnusableKeyException.class,
                () -> KeyStoreKeySource.openPkcs11(LIBRARY, slot, PIN, "nobody"));
        assertThrows(UnusableKeyException.class,
                () -> KeyStoreKeySource.openPkcs11(Path.of("/nonexistent/libpkcs11.so"), slot, PIN, "omsk"));
        UnusableKeyException noSlot = assertThrows(UnusableKeyException.class,
                () -> KeyStoreKeySource.openPkcs11(LIBRARY, slot + 1, PIN, "omsk"));
        assertTrue(noSlot.getMessage().contains("slot " + (slot + 1)), noSlot.getMessage());
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

    private static TestPki.Signer store(KeyStore store, String alias, TestPki.Signer signer) throws Exception {
        store.setKeyEntry(alias, signer.key(), null, signer.chain().toArray(X509Certificate[]::new));
        return signer;
    }
}
