package org.pactum.dsscheck;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlMessage;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

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
     * {@code signedBy}, {@code errors}, {@code warnings} and {@code infos} (DSS's messages, one a line),
     * {@code bestSignatureTime} (ISO-8601) and {@code timestamps}: one line per timestamp DSS ties to the signature (its
     * own and the document timestamps over it), "type production-time indication[/sub-indication] producer", then its
     * error messages if any.
     *
     * @param pdf                 the signed PDF
     * @param trustedCertificates DER certificates DSS trusts (the test PKI's roots)
     * @param crls                DER CRLs DSS may use for certificates the PDF carries no revocation data for
     */
    public static List<Map<String, String>> validate(byte[] pdf, List<byte[]> trustedCertificates, List<byte[]> crls) {
        return validate(pdf, trustedCertificates, crls, null);
    }

    /**
     * The same as of {@code validationTime} (null: now), e.g. years ahead, when the signer's certificate has expired and
     * only the long-term validation data and the archive timestamps still prove the signature.
     */
    public static List<Map<String, String>> validate(byte[] pdf, List<byte[]> trustedCertificates, List<byte[]> crls,
                                                     Instant validationTime) {
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
        if (validationTime != null) {
            validator.setValidationTime(Date.from(validationTime));
        }
        Reports reports = validator.validateDocument();
        SimpleReport report = reports.getSimpleReport();

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
            signature.put("infos", lines(report.getAdESValidationInfo(id)));
            signature.put("bestSignatureTime", Objects.toString(
                    report.getBestSignatureTime(id) == null ? null : report.getBestSignatureTime(id).toInstant(), ""));
            signature.put("timestamps", report.getSignatureTimestamps(id).stream()
                    .map(timestamp -> describe(timestamp, reports.getDiagnosticData()))
                    .collect(Collectors.joining("\n")));
            signatures.add(signature);
        }
        return signatures;
    }

    private static String describe(XmlTimestamp timestamp, DiagnosticData diagnostic) {
        StringBuilder line = new StringBuilder()
                .append(diagnostic.getTimestampById(timestamp.getId()).getType()).append(' ')
                .append(timestamp.getProductionTime().toInstant()).append(' ')
                .append(timestamp.getIndication());
        if (timestamp.getSubIndication() != null) {
            line.append('/').append(timestamp.getSubIndication());
        }
        line.append(' ').append(timestamp.getProducedBy());
        if (timestamp.getAdESValidationDetails() != null) {
            for (XmlMessage error : timestamp.getAdESValidationDetails().getError()) {
                line.append(" [").append(error.getValue()).append(']');
            }
        }
        return line.toString();
    }

    private static String lines(List<Message> messages) {
        return messages.stream().map(Message::getValue).collect(Collectors.joining("\n"));
    }
}
