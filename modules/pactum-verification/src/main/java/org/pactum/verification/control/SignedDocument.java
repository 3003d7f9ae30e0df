package org.pactum.verification.control;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What one parse of a PDF yields for verification: its filled signature fields in order, and its security store's
 * certificates, CRLs and OCSP responses.
 */
record SignedDocument(List<SignatureField> fields, List<X509Certificate> storedCertificates, List<X509CRL> storedCrls,
                      List<OcspResponse> storedOcspResponses) {

    SignedDocument {
        fields = List.copyOf(fields);
        storedCertificates = List.copyOf(storedCertificates);
        storedCrls = List.copyOf(storedCrls);
        storedOcspResponses = List.copyOf(storedOcspResponses);
    }
}
