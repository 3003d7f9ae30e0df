package org.pactum.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.pactum.domain.signature.TimestampUnavailableException;
import org.pactum.domain.signature.UnusableKeyException;

/**
 * A time-stamping authority in process (demo mode and tests): RFC 3161 tokens signed with its key, hashing with
 * SHA-256, accurate to a second, with serial numbers that only grow. {@link #respond} answers a request as an HTTP
 * authority would, so the web application can serve it.
 */
public final class LocalTimestampAuthority implements TimestampAuthority {

    private static final String WHO = "The local timestamp authority";

    private final List<X509Certificate> chain;
    private final Clock clock;
    private final TimeStampResponseGenerator responses;
    // Started from the clock so that serials keep growing across restarts as long as fewer than one token a
    // millisecond is issued on average.
    private long lastSerial;

    /**
     * An authority signing with {@code key} for the first certificate of {@code chain}, which must carry the critical
     * extended key usage id-kp-timeStamping, under the policy {@code policyOid}, telling the time of {@code clock}.
     */
    public LocalTimestampAuthority(PrivateKey key, List<X509Certificate> chain, String policyOid, Clock clock) {
        if (chain.isEmpty()) {
            throw new UnusableKeyException("A timestamp authority needs its certificate");
        }
        this.chain = List.copyOf(chain);
        this.clock = clock;
        this.lastSerial = clock.millis();
        X509Certificate certificate = chain.getFirst();
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(algorithm, key, certificate),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(policyOid));
            tokens.setAccuracySeconds(1);
            tokens.addCertificates(new JcaCertStore(this.chain));
            tokens.setTSA(new GeneralName(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded())));
            responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (TSPException | IllegalArgumentException e) {
            throw new UnusableKeyException("The certificate cannot stamp times: " + e.getMessage());
        } catch (OperatorCreationException | CertificateEncodingException e) {
            throw new UnusableKeyException("The timestamp key cannot sign: " + e.getMessage());
        }
    }

    @Override
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        TimeStampRequest request = TimestampRequests.request(digest, digestAlgorithm);
        try {
            byte[] response = respond(request.getEncoded());
            return TimestampRequests.tokenAnswering(request, response, WHO).getEncoded();
        } catch (IOException e) {
            throw new TimestampUnavailableException(WHO + " could not encode its timestamp: " + e.getMessage());
        }
    }

    /** The DER of the RFC 3161 response to the DER of a request: a token, or a rejection saying why. */
    public byte[] respond(byte[] timeStampRequestDer) {
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(timeStampRequestDer);
            } catch (IOException | IllegalArgumentException | ClassCastException e) {
                return responses.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "Not a timestamp request").getEncoded();
            }
            // One token at a time: the generator signs with one java.security.Signature and digests with one
            // calculator, and two requests at once (concurrent signings, two nodes' in one test) corrupted each
            // other's signature.
            synchronized (this) {
                lastSerial = Math.max(lastSerial + 1, clock.millis());
                return responses.generate(request, BigInteger.valueOf(lastSerial), Date.from(clock.instant()))
                        .getEncoded();
            }
        } catch (TSPException | IOException e) {
            throw new TimestampUnavailableException(WHO + " could not make a timestamp: " + e.getMessage());
        }
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }
}
