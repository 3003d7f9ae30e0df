package org.pactum.verification.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks the OCSP responder a certificate names in its authority information access, over HTTP (RFC 6960 A.1), with a
 * short timeout, for a verifier that may go online ({@code pactum.verification.ocsp.online}). One instance serves one
 * verification and asks about each certificate once. An answer is only evidence like any other: {@link OcspCheck}
 * judges it.
 */
final class OnlineOcsp {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(4);

    private final Map<String, Asked> asked = new ConcurrentHashMap<>();

    /** The one client, made on first use: an offline verifier never starts its threads. */
    private static final class Client {
        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The responder's answer, or why there is none. */
    record Asked(List<OcspResponse> responses, String problem) {
    }

    Asked ask(X509Certificate certificate, X509Certificate issuer) {
        String key = certificate.getIssuerX500Principal().getName() + '#' + certificate.getSerialNumber();
        return asked.computeIfAbsent(key, ignored -> fetch(certificate, issuer));
    }

    private static Asked fetch(X509Certificate certificate, X509Certificate issuer) {
        List<String> responders = responders(certificate);
        if (responders.isEmpty()) {
            return new Asked(List.of(), "the certificate names no OCSP responder");
        }
        List<String> problems = new ArrayList<>();
        for (String responder : responders) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(responder)).timeout(ANSWER)
                        .header("Content-Type", "application/ocsp-request")
                        .header("Accept", "application/ocsp-response")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(request(certificate, issuer))).build();
                HttpResponse<byte[]> answer = Client.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    problems.add(responder + " answered HTTP " + answer.statusCode());
                    continue;
                }
                List<OcspResponse> responses = EmbeddedRevocation.ocspResponses(List.of(answer.body()), responder);
                if (responses.isEmpty()) {
                    problems.add(responder + " answered no successful OCSP response");
                    continue;
                }
                return new Asked(responses, null);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(responder + " could not be reached: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(responder + " was not waited for: interrupted");
                break;
            }
        }
        return new Asked(List.of(), String.join("; ", problems));
    }

    private static byte[] request(X509Certificate certificate, X509Certificate issuer) throws IOException {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), TimestampCheck.holder(issuer), certificate.getSerialNumber());
            return new OCSPReqBuilder().addRequest(id).build().getEncoded();
        } catch (OperatorCreationException | OCSPException e) {
            throw new IOException("the OCSP request cannot be made: " + e.getMessage(), e);
        }
    }

    /** The http(s) addresses of the certificate's OCSP responders, in its order. */
    static List<String> responders(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        List<String> responders = new ArrayList<>();
        if (extension == null) {
            return responders;
        }
        try {
            AuthorityInformationAccess access = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(extension).getOctets());
            for (AccessDescription description : access.getAccessDescriptions()) {
                GeneralName name = description.getAccessLocation();
                if (X509ObjectIdentifiers.id_ad_ocsp.equals(description.getAccessMethod())
                        && name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String address = ASN1IA5String.getInstance(name.getName()).getString();
                    if (address.startsWith("http://") || address.startsWith("https://")) {
                        responders.add(address);
                    }
                }
            }
        } catch (RuntimeException e) {
            // an unreadable extension names no responder
        }
        return responders;
    }

    static Optional<OnlineOcsp> when(boolean online) {
        return online ? Optional.of(new OnlineOcsp()) : Optional.empty();
    }
}
