package org.pactum.signing.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.domain.signature.SignatureMismatchException;
import org.pactum.domain.signature.TimestampUnavailableException;

/**
 * The signature timestamp of PAdES B-T: the unsigned attribute id-aa-signatureTimeStampToken of the CMS's one
 * SignerInfo, a token over the hash of that SignerInfo's signature value (RFC 3161 appendix A, RFC 5652 11.4).
 */
final class SignatureTimestamps {

    private static final String IMPRINT_ALGORITHM = "SHA-256";

    private SignatureTimestamps() {
    }

    /**
     * The time of the signature timestamp {@code cms} carries, if any; refused if that token stamps something other
     * than the signature value or does not verify with its authority's certificate.
     */
    static Optional<Instant> findIn(byte[] cms) {
        SignerInformation signer = signerOf(parse(cms));
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = TimestampTokens.read(attribute.getAttrValues().getObjectAt(0).toASN1Primitive()
                    .getEncoded(ASN1Encoding.DL));
            if (!TimestampTokens.stamps(token, signer.getSignature())) {
                throw new SignatureMismatchException("The timestamp in the CMS does not stamp its signature");
            }
            if (!TimestampTokens.signedByItsAuthority(token)) {
                throw new SignatureMismatchException("The timestamp in the CMS is not signed by the authority it names");
            }
            return Optional.of(TimestampTokens.time(token));
        } catch (IOException | IllegalArgumentException e) {
            throw new SignatureMismatchException("The timestamp in the CMS cannot be read: " + e.getMessage());
        }
    }

    /** {@code cms} with a signature timestamp from {@code authority} over its signature value added. */
    static byte[] add(byte[] cms, TimestampAuthority authority) {
        CMSSignedData signed = parse(cms);
        SignerInformation signer = signerOf(signed);
        byte[] token = authority.timestamp(sha256(signer.getSignature()), IMPRINT_ALGORITHM);
        try {
            if (!TimestampTokens.stamps(TimestampTokens.read(token), signer.getSignature())) {
                throw new TimestampUnavailableException("The timestamp authority stamped something else than the signature");
            }
            AttributeTable unsigned = signer.getUnsignedAttributes() == null
                    ? new AttributeTable(new ASN1EncodableVector())
                    : signer.getUnsignedAttributes();
            unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    ASN1Primitive.fromByteArray(token));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
            // Definite lengths without re-sorting: the signed parts keep their bytes.
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded(ASN1Encoding.DL);
        } catch (IOException | IllegalArgumentException e) {
            throw new TimestampUnavailableException("The timestamp authority sent a token that cannot be read: "
                    + e.getMessage());
        }
    }

    private static CMSSignedData parse(byte[] cms) {
        try {
            return new CMSSignedData(cms);
        } catch (CMSException | IllegalArgumentException e) {
            throw new SignatureMismatchException("The CMS cannot be read: " + e.getMessage());
        }
    }

    private static SignerInformation signerOf(CMSSignedData signed) {
        if (signed.getSignerInfos().size() != 1) {
            throw new SignatureMismatchException("The CMS must hold exactly one signer, not "
                    + signed.getSignerInfos().size());
        }
        return signed.getSignerInfos().iterator().next();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance(IMPRINT_ALGORITHM).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(IMPRINT_ALGORITHM + " is missing from the JDK", e);
        }
    }
}
