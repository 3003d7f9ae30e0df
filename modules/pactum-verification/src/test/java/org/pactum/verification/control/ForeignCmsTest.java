package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.junit.jupiter.api.Test;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.PendingSignature;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureLevel;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/** A CMS made by another tool, which signs the right bytes with the right key but does not bind its certificate. */
class ForeignCmsTest {

    @Test
    void a_cms_without_signing_certificate_attribute_has_no_signing_certificate_found() throws Exception {
        TestSignatures pki = new TestSignatures();
        PendingSignature pending = PadesSigning.prepare(TestSignatures.agreement(), "omsk-1", TestSignatures.FIRST_AT,
                pki.omsk.chain());
        byte[] pdf = PadesSigning.completeWithCms(pending, unboundCms(pki, pending.dataToSign().documentDigest()));
        TrustMaterial trust = new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, trust, Instant.now()).getFirst();

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.NO_SIGNING_CERTIFICATE_FOUND, report.subIndication(), report.reasons().toString());
        assertEquals(SignatureLevel.NOT_ADES, report.level());
        assertEquals("Omsk Head", report.signedBy());
    }

    /** contentType and messageDigest only, signed with SHA-256 and RSA, carrying the signer's chain. */
    private static byte[] unboundCms(TestSignatures pki, byte[] documentDigest) throws Exception {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(PKCSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentDigest))));
        AttributeTable table = new AttributeTable(attributes);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(parameters -> table)
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pki.omsk.key()), pki.omsk.certificate()));
        generator.addCertificates(new JcaCertStore(pki.omsk.chain()));
        return generator.generate(new CMSAbsentContent(), false).getEncoded();
    }
}
