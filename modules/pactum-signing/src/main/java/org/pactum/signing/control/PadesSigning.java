package org.pactum.signing.control;

import org.pactum.domain.signature.UnusableKeyException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.pdf.signature.SignatureFields;
import org.pactum.pdf.signature.SignatureStamp;

/**
 * The one signing path of PAdES baseline B-B, whatever holds the key: {@link #prepare} (data to sign), then the key
 * signs, then {@link #complete} or {@link #completeWithCms} (embed). {@link #sign} runs the three for a key at hand.
 */
public final class PadesSigning {

    private PadesSigning() {
    }

    /** Reserves the field {@code fieldName} in a new revision of {@code pdf} and builds the data the signer's key signs. */
    public static PendingSignature prepare(byte[] pdf, String fieldName, Instant signingTime,
                                           List<X509Certificate> chain) {
        return prepare(pdf, SignatureOptions.invisible(fieldName, signingTime), chain);
    }

    /**
     * Reserves the field the options name in a new revision of {@code pdf} — with the visible stamp made from the
     * signer's certificate (serial, owner, validity) and certifying, as the options say — and builds the data the
     * signer's key signs.
     */
    public static PendingSignature prepare(byte[] pdf, SignatureOptions options, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new UnusableKeyException("A signature needs the signer's certificate");
        }
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(chain.getFirst().getPublicKey());
        SignatureStamp stamp = options.visible()
                ? CertificateStamp.of(chain.getFirst(), options.stampLanguages(), options.signingTime())
                : null;
        PreparedSignature prepared = SignatureFields.prepare(pdf, options.fieldName(), options.signingTime(),
                SignatureFields.DEFAULT_CAPACITY, stamp, options.certify());
        byte[] digest = prepared.digest(algorithm.digestName());
        return new PendingSignature(prepared, CmsSignatureBuilder.dataToSign(chain, digest));
    }

    /** The signed PDF, from the signature value a key made over the pending signature's data to sign. */
    public static byte[] complete(PendingSignature pending, byte[] signatureValue) {
        byte[] cms = CmsSignatureBuilder.assemble(pending.dataToSign(), signatureValue);
        return completeWithCms(pending, cms);
    }

    /** The signed PDF, from a whole CMS made elsewhere; refused unless it signs this document with the expected signer. */
    public static byte[] completeWithCms(PendingSignature pending, byte[] cms) {
        DataToSign data = pending.dataToSign();
        CmsCheck.check(cms, data.documentDigest(), data.signer());
        return SignatureFields.embed(pending.prepared(), cms);
    }

    /** Signs {@code pdf} in a new revision with a key at hand. */
    public static byte[] sign(byte[] pdf, String fieldName, Instant signingTime, KeySource key) {
        return sign(pdf, SignatureOptions.invisible(fieldName, signingTime), key);
    }

    /** Signs {@code pdf} in a new revision with a key at hand, visibly and certifying as {@code options} say. */
    public static byte[] sign(byte[] pdf, SignatureOptions options, KeySource key) {
        PendingSignature pending = prepare(pdf, options, key.certificateChain());
        DataToSign data = pending.dataToSign();
        return complete(pending, key.sign(data.signedAttributes(), data.algorithm()));
    }
}
