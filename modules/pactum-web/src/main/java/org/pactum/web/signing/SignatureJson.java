package org.pactum.web.signing;

import java.time.Instant;

import org.pactum.domain.signature.CertificateSummary;
import org.pactum.domain.signature.Signature;

/** One signature as the API shows it. */
public record SignatureJson(int position, long partyId, String signer, String keyOrigin, CertificateJson certificate,
                            Instant signedAt, Instant timestampedAt, String level, String documentSha256,
                            String basedOnSha256) {

    public record CertificateJson(String subject, String issuer, String serialNumber, Instant notBefore,
                                  Instant notAfter, String sha256) {

        static CertificateJson of(CertificateSummary certificate) {
            return new CertificateJson(certificate.subject(), certificate.issuer(), certificate.serialNumber(),
                    certificate.notBefore(), certificate.notAfter(), certificate.sha256());
        }
    }

    public static SignatureJson of(Signature signature) {
        return new SignatureJson(signature.position(), signature.partyId(), signature.signer(),
                signature.keyOrigin().name(), CertificateJson.of(signature.certificate()), signature.signedAt(),
                signature.timestampedAt(), signature.level(), signature.documentSha256(), signature.basedOnSha256());
    }
}
