package org.pactum.pdf.signature;

import java.util.List;

/**
 * What a verifier needs to check signatures long after they were made, each item as its DER: certificates, CRLs and
 * OCSP responses.
 */
public record ValidationData(List<byte[]> certificates, List<byte[]> crls, List<byte[]> ocspResponses) {

    public ValidationData {
        certificates = certificates.stream().map(byte[]::clone).toList();
        crls = crls.stream().map(byte[]::clone).toList();
        ocspResponses = ocspResponses.stream().map(byte[]::clone).toList();
    }
}
