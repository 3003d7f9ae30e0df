package org.pactum.signing.control;

import org.pactum.domain.signature.TimestampUnavailableException;
import org.pactum.domain.signature.UnusableKeyException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.pdf.signature.SignatureFields;
import org.pactum.pdf.signature.SignatureStamp;

/**
 * The one signing path of PAdES, whatever holds the key: {@link #prepare} (data to sign), then the key signs, then
 * {@link #complete} or {@link #completeWithCms} (embed), B-B or, given a {@link Timestamping} with an authority, B-T.
 * {@link #sign} runs the three for a key at hand; {@link #extend} takes a signed PDF on to B-LT or B-LTA.
 */
public final class PadesSigning {

    /** Room in the signature hole for a CMS with a chain and a timestamp token with the authority's chain. */
    public static final int TIMESTAMPED_CAPACITY = 32 * 1024;

    private PadesSigning() {
    }

    /** Reserves the field {@code fieldName} in a new revision of {@code pdf} and builds the data the signer's key signs. */
    public static PendingSignature prepare(byte[] pdf, String fieldName, Instant signingTime,
                                           List<X509Certificate> chain) {
        return prepare(pdf, SignatureOptions.invisible(fieldName, signingTime), chain, Timestamping.none());
    }

    /** Like {@link #prepare(byte[], String, Instant, List)}, with room for a timestamp when {@code timestamping} asks for one. */
    public static PendingSignature prepare(byte[] pdf, String fieldName, Instant signingTime,
                                           List<X509Certificate> chain, Timestamping timestamping) {
        return prepare(pdf, SignatureOptions.invisible(fieldName, signingTime), chain, timestamping);
    }

    /**
     * Reserves the field the options name in a new revision of {@code pdf} — with the visible stamp made from the
     * signer's certificate (serial, owner, validity) and certifying, as the options say — and builds the data the
     * signer's key signs.
     */
    public static PendingSignature prepare(byte[] pdf, SignatureOptions options, List<X509Certificate> chain) {
        return prepare(pdf, options, chain, Timestamping.none());
    }

    /** Like {@link #prepare(byte[], SignatureOptions, List)}, with room for a timestamp when {@code timestamping} asks for one. */
    public static PendingSignature prepare(byte[] pdf, SignatureOptions options, List<X509Certificate> chain,
                                           Timestamping timestamping) {
        if (chain.isEmpty()) {
            throw new UnusableKeyException("A signature needs the signer's certificate");
        }
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(chain.getFirst().getPublicKey());
        int capacity = timestamping.authority().isPresent() ? TIMESTAMPED_CAPACITY : SignatureFields.DEFAULT_CAPACITY;
        SignatureStamp stamp = options.visible()
                ? CertificateStamp.of(chain.getFirst(), options.stampLanguages(), options.signingTime(),
                        options.verificationLink())
                : null;
        PreparedSignature prepared = SignatureFields.prepare(pdf, options.fieldName(), options.signingTime(),
                capacity, stamp, options.certify());
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

    /**
     * The signed PDF at B-T, from the signature value a key made, with a signature timestamp as {@code timestamping}
     * says (B-B without an authority, or when it fails and the policy allows).
     */
    public static SignedPdf complete(PendingSignature pending, byte[] signatureValue, Timestamping timestamping) {
        byte[] cms = CmsSignatureBuilder.assemble(pending.dataToSign(), signatureValue);
        return completeWithCms(pending, cms, timestamping);
    }

    /**
     * The signed PDF from a whole CMS made elsewhere, checked first; a CMS that already carries a signature timestamp
     * keeps it (B-T), otherwise one is added as {@code timestamping} says.
     */
    public static SignedPdf completeWithCms(PendingSignature pending, byte[] cms, Timestamping timestamping) {
        DataToSign data = pending.dataToSign();
        CmsCheck.check(cms, data.documentDigest(), data.signer());
        Optional<Instant> carried = SignatureTimestamps.findIn(cms);
        if (carried.isPresent()) {
            return new SignedPdf(SignatureFields.embed(pending.prepared(), cms), PadesLevel.B_T, carried);
        }
        if (timestamping.authority().isEmpty()) {
            return new SignedPdf(SignatureFields.embed(pending.prepared(), cms), PadesLevel.B_B, Optional.empty());
        }
        byte[] stamped;
        try {
            stamped = SignatureTimestamps.add(cms, timestamping.authority().get());
        } catch (TimestampUnavailableException e) {
            if (!timestamping.bBWhenUnavailable()) {
                throw e;
            }
            return new SignedPdf(SignatureFields.embed(pending.prepared(), cms), PadesLevel.B_B, Optional.empty());
        }
        return new SignedPdf(SignatureFields.embed(pending.prepared(), stamped), PadesLevel.B_T,
                SignatureTimestamps.findIn(stamped));
    }

    /** Signs {@code pdf} in a new revision with a key at hand, timestamped as {@code timestamping} says. */
    public static SignedPdf sign(byte[] pdf, String fieldName, Instant signingTime, KeySource key,
                                 Timestamping timestamping) {
        return sign(pdf, SignatureOptions.invisible(fieldName, signingTime), key, timestamping);
    }

    /** Signs {@code pdf} with a key at hand, visibly and certifying as {@code options} say, timestamped as asked. */
    public static SignedPdf sign(byte[] pdf, SignatureOptions options, KeySource key, Timestamping timestamping) {
        PendingSignature pending = prepare(pdf, options, key.certificateChain(), timestamping);
        DataToSign data = pending.dataToSign();
        return complete(pending, key.sign(data.signedAttributes(), data.algorithm()), timestamping);
    }

    /**
     * Takes a signed PDF to B-LT: a revision with the document security store holding {@code material}; then, given
     * an authority, to B-LTA: a document timestamp over all of it. Without one the level is B-LT only if every
     * signature already has a timestamp (its own, or a document timestamp after it), else B-B with validation data.
     * Either way, when {@code material} lacks revocation data for one of its certificates (a CRL of its issuer or an
     * OCSP answer), the level claimed is B-T at most, as a validator such as EU DSS finds it.
     * A failing authority fails the whole step ({@link TimestampUnavailableException}); nothing is half-done.
     */
    public static SignedPdf extend(byte[] signedPdf, LongTermMaterial material, Optional<TimestampAuthority> tsa) {
        return LongTermExtension.extend(signedPdf, material, tsa);
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
