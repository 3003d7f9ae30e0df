package org.pactum.signing.control;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A signing tool outside Pactum, as a counterparty's national client is: it gets only the digest to sign and the
 * signature algorithm's name, and makes the detached CMS with BouncyCastle's own generator, none of Pactum's code.
 * Its signed attributes are contentType, the given digest as messageDigest, and signing-certificate-v2 (no signingTime).
 */
final class ExternalCmsTool {

    private ExternalCmsTool() {
    }

    /** The DER of a detached CMS whose messageDigest is {@code documentDigest}, signed by {@code key} with {@code algorithm}. */
    static byte[] sign(byte[] documentDigest, String algorithm, PrivateKey key, List<X509Certificate> chain)
            throws Exception {
        X509Certificate signer = chain.getFirst();
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
        // The generator hashes the (absent) content itself; the digest handed out by the server replaces that here.
        CMSAttributeTableGenerator signedAttributes = parameters -> {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            table.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType,
                    new DERSet((ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            table.put(CMSAttributes.messageDigest, new Attribute(CMSAttributes.messageDigest,
                    new DERSet(new DEROctetString(documentDigest))));
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                            new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
            return new AttributeTable(table);
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(signedAttributes)
                .build(new JcaContentSignerBuilder(algorithm).build(key), signer));
        generator.addCertificates(new JcaCertStore(chain));
        return generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DER);
    }
}
