package org.pactum.signing.control;

import org.pactum.domain.signature.UnusableKeyException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;

/**
 * The detached CMS SignedData of a PAdES baseline B-B signature, built in two halves so the key can be anywhere in
 * between: {@link #dataToSign} gives the signed attributes (contentType id-data, messageDigest of the PDF's byte
 * range, signing-certificate-v2 — and no signingTime, which PAdES forbids), {@link #assemble} wraps the signature
 * value over them. The SignerInfo is put together here rather than by BouncyCastle's generator, which would hash the
 * (absent) content itself and, given none, silently sign empty content.
 */
public final class CmsSignatureBuilder {

    private CmsSignatureBuilder() {
    }

    /** The signed attributes for the signer of {@code chain} (signer first) over a document of digest {@code documentDigest}. */
    public static DataToSign dataToSign(List<X509Certificate> chain, byte[] documentDigest) {
        if (chain.isEmpty()) {
            throw new UnusableKeyException("A signature needs the signer's certificate");
        }
        X509Certificate signer = chain.getFirst();
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(signer.getPublicKey());
        int expectedLength = digest(algorithm.digestName(), new byte[0]).length;
        if (documentDigest.length != expectedLength) {
            throw new IllegalArgumentException("A " + algorithm.digestName() + " digest has " + expectedLength
                    + " bytes, not " + documentDigest.length);
        }
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentDigest))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId(signer)}))));
        return new DataToSign(chain, algorithm, documentDigest, der(new DERSet(attributes)));
    }

    /** The DER of the detached CMS SignedData carrying {@code signatureValue} over the data to sign and the whole chain. */
    public static byte[] assemble(DataToSign data, byte[] signatureValue) {
        X509Certificate signer = data.signer();
        SigningAlgorithm algorithm = data.algorithm();
        AlgorithmIdentifier digestAlgorithm = new AlgorithmIdentifier(algorithm.digestOid());
        SignerInfo signerInfo = new SignerInfo(
                new SignerIdentifier(new IssuerAndSerialNumber(bc(signer))),
                digestAlgorithm,
                ASN1Set.getInstance(data.signedAttributes()),
                new AlgorithmIdentifier(algorithm.signatureOid()),
                new DEROctetString(signatureValue),
                null);
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate certificate : data.chain()) {
            certificates.add(bc(certificate));
        }
        SignedData signedData = new SignedData(
                new DERSet(digestAlgorithm),
                new ContentInfo(CMSObjectIdentifiers.data, null),
                new DERSet(certificates),
                null,
                new DERSet(signerInfo));
        return der(new ContentInfo(CMSObjectIdentifiers.signedData, signedData));
    }

    private static ESSCertIDv2 certificateId(X509Certificate certificate) {
        Certificate parsed = bc(certificate);
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(parsed.getIssuer()))), parsed.getSerialNumber());
        return new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                digest("SHA-256", encoded(certificate)), issuerSerial);
    }

    private static Certificate bc(X509Certificate certificate) {
        return Certificate.getInstance(encoded(certificate));
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new UnusableKeyException("The signer's certificate cannot be encoded: " + e.getMessage());
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }

    private static byte[] der(ASN1Encodable value) {
        try {
            ASN1Primitive primitive = value.toASN1Primitive();
            return primitive.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding failed", e);
        }
    }
}
