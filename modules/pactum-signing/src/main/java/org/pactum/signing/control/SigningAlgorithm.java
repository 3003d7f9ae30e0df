package org.pactum.signing.control;

import org.pactum.domain.signature.UnusableKeyException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signature algorithm a key asks for, with the digest used both over the PDF's byte range and over the signed
 * attributes: one per supported key kind, so another (GOST R 34.10-2012) is one more constant.
 */
public enum SigningAlgorithm {

    RSA_SHA256("SHA256withRSA", "SHA-256", NISTObjectIdentifiers.id_sha256, PKCSObjectIdentifiers.sha256WithRSAEncryption),
    ECDSA_SHA256("SHA256withECDSA", "SHA-256", NISTObjectIdentifiers.id_sha256, X9ObjectIdentifiers.ecdsa_with_SHA256),
    ECDSA_SHA384("SHA384withECDSA", "SHA-384", NISTObjectIdentifiers.id_sha384, X9ObjectIdentifiers.ecdsa_with_SHA384);

    private static final int SMALLEST_RSA_KEY = 2048;

    private final String jcaName;
    private final String digestName;
    private final ASN1ObjectIdentifier digestOid;
    private final ASN1ObjectIdentifier signatureOid;

    SigningAlgorithm(String jcaName, String digestName, ASN1ObjectIdentifier digestOid, ASN1ObjectIdentifier signatureOid) {
        this.jcaName = jcaName;
        this.digestName = digestName;
        this.digestOid = digestOid;
        this.signatureOid = signatureOid;
    }

    /** The algorithm for a signer's key: RSA of 2048 bits or more, ECDSA over P-256 or P-384. */
    public static SigningAlgorithm forKey(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < SMALLEST_RSA_KEY) {
                throw new UnusableKeyException("An RSA key of " + rsa.getModulus().bitLength()
                        + " bits is too short; " + SMALLEST_RSA_KEY + " bits at least are needed");
            }
            return RSA_SHA256;
        }
        if (key instanceof ECPublicKey ec) {
            if (onCurve(ec, "secp256r1")) {
                return ECDSA_SHA256;
            }
            if (onCurve(ec, "secp384r1")) {
                return ECDSA_SHA384;
            }
            throw new UnusableKeyException("Only ECDSA keys over P-256 or P-384 can sign");
        }
        throw new UnusableKeyException("A " + key.getAlgorithm() + " key cannot sign agreements");
    }

    /** Compares the curve itself, not its size: secp256k1 and brainpoolP256r1 are 256 bits too. */
    private static boolean onCurve(ECPublicKey key, String curve) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(curve));
            ECParameterSpec named = parameters.getParameterSpec(ECParameterSpec.class);
            ECParameterSpec actual = key.getParams();
            return named.getCurve().equals(actual.getCurve()) && named.getGenerator().equals(actual.getGenerator())
                    && named.getOrder().equals(actual.getOrder());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks the curve " + curve, e);
        }
    }

    /** The JCA signature name, e.g. {@code SHA256withRSA}. */
    public String jcaName() {
        return jcaName;
    }

    /** The JCA digest name, e.g. {@code SHA-256}. */
    public String digestName() {
        return digestName;
    }

    ASN1ObjectIdentifier digestOid() {
        return digestOid;
    }

    ASN1ObjectIdentifier signatureOid() {
        return signatureOid;
    }
}
