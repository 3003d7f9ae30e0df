package org.pactum.verification.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.signing.control.CmsSignatureBuilder;
import org.pactum.signing.control.DataToSign;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.PendingSignature;
import org.pactum.signing.control.SigningAlgorithm;
import org.pactum.signing.control.Timestamping;

/**
 * Signatures whose dictionary Pactum's signing path never writes — a certification with another P, a certification
 * that is not the first, one without /Perms, a FieldMDP reference — reserved with OpenPDF's stamper as an attacker's
 * tool would, then completed through Pactum's CMS path (signed attributes, key, signature time-stamp).
 */
final class CraftedSignatures {

    private static final int CAPACITY = PadesSigning.TIMESTAMPED_CAPACITY;

    private CraftedSignatures() {
    }

    /**
     * Signs {@code field} (an empty one in the document, or a new invisible one) with party 2's key; {@code level}
     * is OpenPDF's certification level (0 for none; it also points /Perms at the signature), {@code dictionary}
     * edits the signature dictionary before it is written.
     */
    static byte[] sign(byte[] pdf, String field, int level, Consumer<PdfDictionary> dictionary) {
        KeySource key = RevisionTestFiles.party2Key();
        PreparedSignature prepared = prepare(pdf, field, level, dictionary);
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(key.certificateChain().getFirst().getPublicKey());
        DataToSign data = CmsSignatureBuilder.dataToSign(key.certificateChain(),
                prepared.digest(algorithm.digestName()));
        PendingSignature pending = new PendingSignature(prepared, data);
        return PadesSigning.complete(pending, key.sign(data.signedAttributes(), data.algorithm()),
                Timestamping.required(RevisionTestFiles.tsa())).pdf();
    }

    /** A DocMDP reference with permission {@code p}, as a certifying signature carries it. */
    static Consumer<PdfDictionary> docMdp(int p) {
        return signature -> signature.put(PdfName.REFERENCE, reference(PdfName.DOCMDP, parameters -> {
            parameters.put(PdfName.P, new PdfNumber(p));
        }));
    }

    /** A FieldMDP reference locking the named fields as {@code action} (All, Include, Exclude) says. */
    static Consumer<PdfDictionary> fieldMdp(String action, String... fields) {
        return signature -> signature.put(PdfName.REFERENCE, reference(new PdfName("FieldMDP"),
                parameters -> parameters.putAll(lock(action, fields))));
    }

    /** A signature field's /Lock dictionary. */
    static PdfDictionary lock(String action, String... fields) {
        PdfDictionary lock = new PdfDictionary(new PdfName("SigFieldLock"));
        lock.put(new PdfName("Action"), new PdfName(action));
        if (fields.length > 0) {
            PdfArray names = new PdfArray();
            for (String name : fields) {
                names.add(new PdfString(name));
            }
            lock.put(PdfName.FIELDS, names);
        }
        return lock;
    }

    private static PdfArray reference(PdfName method, Consumer<PdfDictionary> parameters) {
        PdfDictionary params = new PdfDictionary(PdfName.TRANSFORMPARAMS);
        parameters.accept(params);
        params.put(PdfName.V, new PdfName("1.2"));
        PdfDictionary reference = new PdfDictionary(PdfName.SIGREF);
        reference.put(PdfName.TRANSFORMMETHOD, method);
        reference.put(PdfName.TRANSFORMPARAMS, params);
        PdfArray references = new PdfArray();
        references.add(reference);
        return references;
    }

    private static PreparedSignature prepare(byte[] pdf, String field, int level, Consumer<PdfDictionary> dictionary) {
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            appearance.setSignDate(when);
            if (stamper.getAcroFields().getFieldItem(field) != null) {
                appearance.setVisibleSignature(field);
                appearance.setAcro6Layers(true);
                // An empty layer of its own, or OpenPDF writes the signer's name from a chain it is not given.
                appearance.getLayer(2);
            } else {
                appearance.setFieldNameForInvisibleSignatures(field);
            }
            if (level > 0) {
                appearance.setCertificationLevel(level);
            }
            appearance.setSignatureEvent(dictionary::accept);
            appearance.setCryptoDictionary(new PdfSignature(PdfName.ADOBE_PPKLITE,
                    new PdfName("ETSI.CAdES.detached")));
            appearance.preClose(Map.of(PdfName.CONTENTS, 2 * CAPACITY + 2));
            PdfDictionary hole = new PdfDictionary();
            hole.put(PdfName.CONTENTS, new PdfString(new byte[CAPACITY]).setHexWriting(true));
            appearance.close(hole);
            byte[] prepared = out.toByteArray();
            return new PreparedSignature(field, prepared, byteRange(prepared, pdf.length));
        } catch (Exception e) {
            throw new IllegalStateException("could not reserve the crafted signature", e);
        }
    }

    private static long[] byteRange(byte[] prepared, int from) {
        String revision = new String(prepared, from, prepared.length - from, StandardCharsets.ISO_8859_1);
        int open = revision.indexOf('[', revision.lastIndexOf("/ByteRange"));
        String[] numbers = revision.substring(open + 1, revision.indexOf(']', open)).trim().split("\\s+");
        long[] range = new long[4];
        for (int i = 0; i < 4; i++) {
            range[i] = Long.parseLong(numbers[i]);
        }
        return range;
    }
}
