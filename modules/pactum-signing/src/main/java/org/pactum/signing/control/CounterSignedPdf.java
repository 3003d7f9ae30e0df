package org.pactum.signing.control;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.pactum.domain.signature.ImportRefusedException;
import org.pactum.domain.signature.SignatureMismatchException;
import org.pactum.pdf.signature.EmbeddedSignature;

/**
 * A PDF signed elsewhere on top of Pactum's signed document, checked before it is taken in: it must begin with
 * Pactum's document byte for byte, add exactly one signature that covers the whole file, and every signature in it
 * — Pactum's own included — must verify over the bytes its range names.
 */
public final class CounterSignedPdf {

    /** The added signature: the whole PDF, the signer's certificate first then whatever else the CMS carries. */
    public record Added(byte[] pdf, List<X509Certificate> chain, String fieldName) {
    }

    private CounterSignedPdf() {
    }

    public static Added check(byte[] ours, byte[] theirs) {
        if (theirs.length <= ours.length || !Arrays.equals(theirs, 0, ours.length, ours, 0, ours.length)) {
            throw new ImportRefusedException("The PDF does not continue the agreement's signed document byte for byte:"
                    + " it must be that document with a signature added, not a re-saved or different file");
        }
        List<EmbeddedSignature> all;
        try {
            all = EmbeddedSignature.readAll(theirs);
        } catch (RuntimeException e) {
            throw new ImportRefusedException("The file is not a readable PDF");
        }
        List<EmbeddedSignature> added = all.stream().filter(signature -> coveredEnd(signature) > ours.length).toList();
        if (added.size() != 1 || added.getFirst().isDocumentTimestamp()) {
            throw new ImportRefusedException("The PDF must add exactly one signature to the signed document, not "
                    + added.size());
        }
        EmbeddedSignature signature = added.getFirst();
        if (coveredEnd(signature) != theirs.length) {
            throw new ImportRefusedException("The added signature must cover the whole file; "
                    + (theirs.length - coveredEnd(signature)) + " bytes after it are not signed");
        }
        List<X509Certificate> chain = List.of();
        for (EmbeddedSignature each : all) {
            if (each.isDocumentTimestamp()) {
                verifyDocumentTimestamp(each, theirs);
            } else {
                chain = verify(each, theirs);
            }
        }
        return new Added(theirs.clone(), chain, signature.fieldName());
    }

    /** A document timestamp must stamp exactly the bytes its range names and verify with its authority's certificate. */
    static void verifyDocumentTimestamp(EmbeddedSignature timestamp, byte[] pdf) {
        long[] range = wellFormed(timestamp, pdf);
        try {
            var token = TimestampTokens.read(der(timestamp.contents()));
            byte[] covered = new byte[(int) (range[1] + range[3])];
            System.arraycopy(pdf, 0, covered, 0, (int) range[1]);
            System.arraycopy(pdf, (int) range[2], covered, (int) range[1], (int) range[3]);
            if (!TimestampTokens.stamps(token, covered) || !TimestampTokens.signedByItsAuthority(token)) {
                throw new ImportRefusedException("The document timestamp " + timestamp.fieldName() + " does not verify");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportRefusedException("The document timestamp " + timestamp.fieldName() + " cannot be read");
        }
    }

    /** The byte range, if it is the one shape allowed: from 0, around the field's own /Contents, to the revision end. */
    private static long[] wellFormed(EmbeddedSignature signature, byte[] pdf) {
        long[] range = signature.byteRange();
        boolean wellFormed = range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0
                && coveredEnd(signature) <= pdf.length;
        if (!wellFormed || pdf[(int) range[1]] != '<' || pdf[(int) range[2] - 1] != '>') {
            throw new ImportRefusedException("The signature " + signature.fieldName() + " names a byte range that is not"
                    + " the whole revision around its own /Contents");
        }
        return range;
    }

    /** Verifies one signature over the bytes its range names; returns its signer's chain. */
    static List<X509Certificate> verify(EmbeddedSignature signature, byte[] pdf) {
        long[] range = wellFormed(signature, pdf);
        try {
            byte[] cms = der(signature.contents());
            CMSSignedData signed = new CMSSignedData(cms);
            if (signed.getSignerInfos().size() != 1) {
                throw new ImportRefusedException("The signature " + signature.fieldName() + " must have one signer");
            }
            SignerInformation signer = signed.getSignerInfos().iterator().next();
            List<X509Certificate> chain = chain(signed, signer);
            byte[] digest = digest(SigningAlgorithm.forKey(chain.getFirst().getPublicKey()).digestName(), pdf, range);
            CmsCheck.check(cms, digest, chain.getFirst());
            return chain;
        } catch (SignatureMismatchException e) {
            throw new ImportRefusedException("The signature " + signature.fieldName() + " does not verify: " + e.getMessage());
        } catch (CMSException | IOException | CertificateException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("The signature " + signature.fieldName() + " cannot be read: " + e.getMessage());
        }
    }

    private static long coveredEnd(EmbeddedSignature signature) {
        long[] range = signature.byteRange();
        return range[2] + range[3];
    }

    /** The CMS without the zero padding that fills the rest of the hole. */
    private static byte[] der(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new IOException("empty /Contents");
            }
            return object.getEncoded("DER");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<X509Certificate> chain(CMSSignedData signed, SignerInformation signer) throws CertificateException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> chain = new ArrayList<>();
        for (Object holder : signed.getCertificates().getMatches(signer.getSID())) {
            chain.add(converter.getCertificate((X509CertificateHolder) holder));
        }
        if (chain.isEmpty()) {
            throw new ImportRefusedException("The signature does not carry its signer's certificate");
        }
        for (Object holder : signed.getCertificates().getMatches(null)) {
            X509Certificate certificate = converter.getCertificate((X509CertificateHolder) holder);
            if (!chain.contains(certificate)) {
                chain.add(certificate);
            }
        }
        return List.copyOf(chain);
    }

    private static byte[] digest(String algorithm, byte[] pdf, long[] range) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(pdf, 0, (int) range[1]);
            digest.update(pdf, (int) range[2], (int) range[3]);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
