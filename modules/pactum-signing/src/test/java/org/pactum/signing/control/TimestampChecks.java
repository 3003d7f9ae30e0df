package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.pdf.signature.EmbeddedSignature;

/** BouncyCastle's view of the timestamps in a signed PDF: what each token stamps, and that the authority signed it. */
final class TimestampChecks {

    private TimestampChecks() {
    }

    /** {@code signature} carries a token over the SHA-256 of its signature value, signed by {@code authority}; its time. */
    static Instant assertSignatureTimestamped(EmbeddedSignature signature, X509Certificate authority) throws Exception {
        SignerInformation signer = new CMSSignedData(SignedPdfChecks.der(signature.contents()))
                .getSignerInfos().iterator().next();
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertNotNull(attribute, "no signature timestamp in " + signature.fieldName());
        TimeStampToken token = new TimeStampToken(new CMSSignedData(
                attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        return assertStamps(token, expected, authority);
    }

    /** {@code timestamp} is a document timestamp over the SHA-256 of its byte range in {@code pdf}; its time. */
    static Instant assertDocumentTimestamp(byte[] pdf, EmbeddedSignature timestamp, X509Certificate authority)
            throws Exception {
        assertEquals("ETSI.RFC3161", timestamp.subFilter());
        TimeStampToken token = new TimeStampToken(new CMSSignedData(SignedPdfChecks.der(timestamp.contents())));
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(SignedPdfChecks.signedBytes(pdf, timestamp));
        return assertStamps(token, expected, authority);
    }

    private static Instant assertStamps(TimeStampToken token, byte[] imprint, X509Certificate authority)
            throws Exception {
        assertEquals(NISTObjectIdentifiers.id_sha256, token.getTimeStampInfo().getMessageImprintAlgOID());
        assertArrayEquals(imprint, token.getTimeStampInfo().getMessageImprintDigest());
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
        return token.getTimeStampInfo().getGenTime().toInstant();
    }
}
