package org.pactum.signing.control;

import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.signature.UnusableKeyException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyStoreKeySourceTest {

    private static final TestPki.Signer SIGNER = new TestPki().ecSigner("P-256 Signer", "secp256r1");

    @Test
    void a_pkcs12_opened_with_its_pin_names_the_signers_chain() {
        KeySource key = KeyStoreKeySource.openPkcs12(SIGNER.pkcs12(), TestPki.PIN);

        assertEquals(SIGNER.chain(), key.certificateChain());
    }

    @Test
    void a_wrong_pin_is_refused_as_such() {
        WrongPinException refused = assertThrows(WrongPinException.class,
                () -> KeyStoreKeySource.openPkcs12(SIGNER.pkcs12(), "1234".toCharArray()));

        assertEquals("wrong-pin", refused.problemType());
    }

    @Test
    void bytes_that_are_no_pkcs12_are_refused() {
        assertThrows(UnusableKeyException.class,
                () -> KeyStoreKeySource.openPkcs12(new byte[] {0x30, 0x03, 0x02, 0x01, 0x03}, TestPki.PIN));
    }
}
