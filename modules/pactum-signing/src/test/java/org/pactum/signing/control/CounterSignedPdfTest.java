package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.signature.ImportRefusedException;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

/**
 * A PDF counter-signed elsewhere is taken only if it continues Pactum's signed document byte for byte with one
 * signature over the whole file, and every signature in it — document timestamps too — verifies.
 */
class CounterSignedPdfTest {

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Head", 2048);
    private static final TestPki.Signer PAVLODAR = PKI.ecSigner("Pavlodar Akim", "secp256r1");
    private static final TestPki.Signer TSA_KEY = PKI.timestampAuthority("Pactum Test TSA");
    private static final LocalTimestampAuthority TSA =
            new LocalTimestampAuthority(TSA_KEY.key(), TSA_KEY.chain(), "1.3.6.1.4.1.99999.1", Clock.systemUTC());

    /** Pactum's document as the application leaves it after the first party: visible, certified, timestamped, LTA. */
    private static byte[] ours;

    @BeforeAll
    static void signFirstParty() {
        byte[] agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        Instant now = Instant.now();
        SignedPdf signed = PadesSigning.sign(agreement, new SignatureOptions("party-1", now, List.of(Language.RU, Language.KK),
                true), OMSK.keySource(), Timestamping.required(TSA));
        List<X509Certificate> material = new ArrayList<>(OMSK.chain());
        material.add(TSA_KEY.certificate());
        ours = PadesSigning.extend(signed.pdf(), new LongTermMaterial(material, List.of(PKI.crl()), List.of()),
                Optional.of(TSA)).pdf();
    }

    private static byte[] counterSigned() {
        return PadesSigning.sign(ours, new SignatureOptions("party-2", Instant.now(), List.of(Language.RU, Language.KK),
                false), PAVLODAR.keySource());
    }

    @Test
    void the_other_partys_signature_over_our_document_is_taken_with_its_signers_chain() {
        CounterSignedPdf.Added added = CounterSignedPdf.check(ours, counterSigned());

        assertEquals(PAVLODAR.certificate(), added.chain().getFirst());
        assertEquals("party-2", added.fieldName());
    }

    @Test
    void a_file_that_does_not_begin_with_our_document_byte_for_byte_is_refused() {
        byte[] theirs = counterSigned();
        theirs[200] ^= 1;

        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, theirs));
    }

    @Test
    void our_document_itself_or_a_shorter_file_is_refused() {
        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, ours.clone()));
        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, new byte[] {'%', 'P', 'D', 'F'}));
    }

    @Test
    void an_added_signature_that_does_not_verify_is_refused() {
        byte[] theirs = counterSigned();
        // A byte inside the new revision, before its /Contents hole: covered by the new signature's digest.
        int inNewRevision = ours.length + 20;
        theirs[inNewRevision] = (byte) (theirs[inNewRevision] == ' ' ? '\n' : ' ');

        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, theirs));
    }

    @Test
    void two_added_signatures_or_bytes_after_the_added_one_are_refused() {
        byte[] twice = PadesSigning.sign(counterSigned(), "extra-1", Instant.now(), OMSK.keySource());
        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, twice));

        byte[] trailing = counterSigned();
        byte[] longer = java.util.Arrays.copyOf(trailing, trailing.length + 5);
        System.arraycopy("\n%x\n\n".getBytes(), 0, longer, trailing.length, 5);
        assertThrows(ImportRefusedException.class, () -> CounterSignedPdf.check(ours, longer));
    }
}
