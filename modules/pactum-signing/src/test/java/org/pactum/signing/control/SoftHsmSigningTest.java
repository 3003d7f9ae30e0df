package org.pactum.signing.control;

import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.signature.UnusableKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

/** Signs through a PKCS#11 token: the test JVM's SoftHSM2 token ({@link SoftHsmToken}), its keys generated on it. */
class SoftHsmSigningTest {

    private static final Path LIBRARY = SoftHsmToken.LIBRARY;
    private static final char[] PIN = SoftHsmToken.PIN;
    private static final Instant SIGNED_AT = Instant.parse("2026-12-03T09:15:00Z");

    private static final TestPki PKI = new TestPki();
    private static long slot;
    private static TestPki.Signer omsk;
    private static TestPki.Signer pavlodar;
    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void makeKeys() throws Exception {
        SoftHsmToken token = SoftHsmToken.shared();
        slot = token.slot();
        omsk = token.rsaSigner(PKI, "omsk", "Omsk Head", 2048);
        pavlodar = token.ecSigner(PKI, "pavlodar", "Pavlodar Akim", "secp256r1");

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
}
