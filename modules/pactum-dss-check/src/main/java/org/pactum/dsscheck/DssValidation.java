package org.pactum.dsscheck;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;

/**
 * Validates a signed PDF with DSS's default policy, offline: the given roots are trusted, the given CRLs are the only
 * revocation data besides what the PDF carries, and nothing is fetched. Its signature uses JDK types only, because the
 * caller lives in another class loader (with another BouncyCastle) and calls it reflectively.
 */
public final class DssValidation {

    private DssValidation() {
    }

    /**
     * One map per signature DSS finds, in its order, with the keys {@code id}, {@code indication},
     * {@code subIndication} (empty when there is none), {@code level} (e.g. {@code PAdES-BASELINE-B}),
     * {@code signedBy}, {@code errors} and {@code warnings} (DSS's messages, one a line).
     *
     * @param pdf                 the signed PDF
     * @param trustedCertificates DER certificates DSS trusts (the test PKI's roots)
     * @param crls                DER CRLs DSS may use for certificates the PDF carries no revocation data for
     */
    public static List<Map<String, String>> validate(byte[] pdf, List<byte[]> trustedCertificates, List<byte[]> crls) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (byte[] certificate : trustedCertificates) {
            trusted.addCertificate(DSSUtils.loadCertificate(certificate));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(crls.isEmpty() ? null : new ExternalResourcesCRLSource(
                crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));

        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "signed.pdf"));
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();

        List<Map<String, String>> signatures = new ArrayList<>();
        for (String id : report.getSignatureIdList()) {
            Map<String, String> signature = new LinkedHashMap<>();
            signature.put("id", id);
            signature.put("indication", String.valueOf(report.getIndication(id)));
            signature.put("subIndication", Objects.toString(report.getSubIndication(id), ""));
            signature.put("level", String.valueOf(report.getSignatureFormat(id)));
            signature.put("signedBy", Objects.toString(report.getSignedBy(id), ""));
            signature.put("errors", lines(report.getAdESValidationErrors(id)));
            signature.put("warnings", lines(report.getAdESValidationWarnings(id)));
            signatures.add(signature);
        }
        return signatures;
    }

    private static String lines(List<Message> messages) {
        return messages.stream().map(Message::getValue).collect(Collectors.joining("\n"));
    }
}
