package org.pactum.verification.control;

import java.io.IOException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Revocation data a signature carries itself: the CMS's own CRLs and OCSP responses ({@code crls}, and "other
 * revocation info" of type id-ri-ocsp-response, RFC 5940) and Adobe's signed attribute adbe-revocationInfoArchival
 * (ISO 32000-1 12.8.3.3.2); and the reading of OCSP responses as DER, wherever they come from. What cannot be read is
 * left out: it can only leave a certificate without revocation data, never pass one.
 */
final class EmbeddedRevocation {

    static final String IN_CMS = "CMS";
    static final String IN_STORE = "document security store";

    private static final ASN1ObjectIdentifier ADOBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");

    private EmbeddedRevocation() {
    }

    /** The responses among {@code encoded} (each an OCSPResponse, or a bare BasicOCSPResponse), labelled {@code origin}. */
    static List<OcspResponse> ocspResponses(List<byte[]> encoded, String origin) {
        List<OcspResponse> responses = new ArrayList<>();
        for (byte[] der : encoded) {
            basic(der).ifPresent(basic -> responses.add(new OcspResponse(basic, origin)));
        }
        return responses;
    }

    /** The OCSP responses in the CMS's revocation info and in the signer's adbe-revocationInfoArchival attribute. */
    static List<OcspResponse> ocspResponses(CMSSignedData cms, SignerInformation signer) {
        List<byte[]> encoded = new ArrayList<>();
        try {
            for (Object info : cms.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response).getMatches(null)) {
                encoded.add(((ASN1Encodable) info).toASN1Primitive().getEncoded());
            }
        } catch (IOException | RuntimeException e) {
            // see the class comment
        }
        for (ASN1Encodable response : archived(signer, 1)) {
            der(response, encoded);
        }
        return ocspResponses(encoded, IN_CMS);
    }

    /** The CRLs in the CMS's {@code crls} and in the signer's adbe-revocationInfoArchival attribute. */
    static List<X509CRL> crls(CMSSignedData cms, SignerInformation signer) {
        List<X509CRLHolder> holders = new ArrayList<>();
        try {
            holders.addAll(cms.getCRLs().getMatches(null));
        } catch (RuntimeException e) {
            // see the class comment
        }
        for (ASN1Encodable crl : archived(signer, 0)) {
            try {
                holders.add(new X509CRLHolder(CertificateList.getInstance(crl)));
            } catch (RuntimeException e) {
                // see the class comment
            }
        }
        List<X509CRL> crls = new ArrayList<>();
        JcaX509CRLConverter converter = new JcaX509CRLConverter();
        for (X509CRLHolder holder : holders) {
            try {
                crls.add(converter.getCRL(holder));
            } catch (CRLException | RuntimeException e) {
                // see the class comment
            }
        }
        return crls;
    }

    /** The items under {@code tag} of RevocationInfoArchival: [0] CRLs, [1] OCSP responses, [2] other. */
    private static List<ASN1Encodable> archived(SignerInformation signer, int tag) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(ADOBE_REVOCATION);
        List<ASN1Encodable> items = new ArrayList<>();
        if (attribute == null) {
            return items;
        }
        try {
            for (ASN1Encodable value : attribute.getAttrValues()) {
                for (ASN1Encodable element : ASN1Sequence.getInstance(value)) {
                    ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(element);
                    if (tagged.getTagNo() == tag) {
                        for (ASN1Encodable item : ASN1Sequence.getInstance(tagged.getExplicitBaseObject())) {
                            items.add(item);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            // see the class comment
        }
        return items;
    }

    private static void der(ASN1Encodable value, List<byte[]> into) {
        try {
            into.add(value.toASN1Primitive().getEncoded());
        } catch (IOException e) {
            // see the class comment
        }
    }

    private static Optional<BasicOCSPResp> basic(byte[] der) {
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() == OCSPResp.SUCCESSFUL
                    && response.getResponseObject() instanceof BasicOCSPResp basic) {
                return Optional.of(basic);
            }
            return Optional.empty();
        } catch (IOException | OCSPException | RuntimeException notAnOcspResponse) {
            try {
                return Optional.of(new BasicOCSPResp(BasicOCSPResponse.getInstance(der)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
