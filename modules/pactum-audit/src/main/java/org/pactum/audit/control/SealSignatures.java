package org.pactum.audit.control;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.pactum.domain.audit.AuditSeal;

/**
 * Checks seals' signatures. A chain of a million events carries ten thousand seals, and the JDK's ECDSA took about
 * 0.7 ms for each; BouncyCastle's lightweight verifier, with each key's point kept so that its precomputed multiples
 * are reused, takes about a third of that. Signatures that are not {@link SealKey#ALGORITHM} over an EC key go
 * through the JDK as before. Safe to use from several threads.
 */
final class SealSignatures {

    private final Map<PublicKey, ECPublicKeyParameters> points = new ConcurrentHashMap<>();

    boolean verify(AuditSeal seal, PublicKey key) {
        try {
            byte[] content = seal.signedContent().getBytes(StandardCharsets.UTF_8);
            byte[] signature = Base64.getDecoder().decode(seal.signature());
            if (SealKey.ALGORITHM.equals(seal.algorithm()) && "EC".equals(key.getAlgorithm())) {
                return verifyEcdsa(content, signature, point(key));
            }
            Signature verifier = Signature.getInstance(seal.algorithm());
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** SHA256withECDSA over DER-encoded (r, s); only the one DER encoding of a pair is accepted, as the JDK does. */
    private static boolean verifyEcdsa(byte[] content, byte[] signature, ECPublicKeyParameters point)
            throws GeneralSecurityException, IOException {
        ASN1Sequence pair = ASN1Sequence.getInstance(signature);
        if (pair.size() != 2) {
            return false;
        }
        BigInteger r = ASN1Integer.getInstance(pair.getObjectAt(0)).getValue();
        BigInteger s = ASN1Integer.getInstance(pair.getObjectAt(1)).getValue();
        if (!Arrays.equals(signature, new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                .getEncoded(ASN1Encoding.DER))) {
            return false;
        }
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, point);
        return verifier.verifySignature(MessageDigest.getInstance("SHA-256").digest(content), r, s);
    }

    private ECPublicKeyParameters point(PublicKey key) {
        return points.computeIfAbsent(key, SealSignatures::parameters);
    }

    private static ECPublicKeyParameters parameters(PublicKey key) {
        try {
            AsymmetricKeyParameter parameters = PublicKeyFactory.createKey(key.getEncoded());
            if (parameters instanceof ECPublicKeyParameters ec) {
                return ec;
            }
            throw new IllegalStateException("not an EC public key: " + key.getAlgorithm());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seal's public key", e);
        }
    }
}
