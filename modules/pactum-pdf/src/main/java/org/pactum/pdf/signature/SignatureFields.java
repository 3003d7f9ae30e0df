package org.pactum.pdf.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Map;
import java.util.TimeZone;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Deferred PAdES signing of a PDF in two steps: {@link #prepare} appends a revision with a signature field
 * ({@code ETSI.CAdES.detached}) — a party's empty field, with or without a visible stamp, or a new invisible one — and a
 * zero-filled {@code /Contents} hole; {@link #embed} writes the CMS into that hole.
 */
public final class SignatureFields {

    /** Room for a CMS with a chain of a few certificates; a timestamp token (B-T) will need more. */
    public static final int DEFAULT_CAPACITY = 16 * 1024;

    private SignatureFields() {
    }

    /**
     * Appends to {@code pdf} a revision with an invisible signature field named {@code fieldName} signed at
     * {@code signingTime} (the dictionary's {@code /M}: PAdES keeps the time out of the CMS), leaving room for a CMS of
     * {@code capacity} bytes. An empty signature field of that name already in the document is signed instead.
     */
    public static PreparedSignature prepare(byte[] pdf, String fieldName, Instant signingTime, int capacity) {
        return prepare(pdf, fieldName, signingTime, capacity, null, false);
    }

    /**
     * Appends to {@code pdf} a revision that signs the field {@code fieldName} at {@code signingTime}, leaving room for a
     * CMS of {@code capacity} bytes. An empty signature field of that name in the document (a party's box, see
     * {@code SignatureSlot.fieldName()}) is signed in place, showing {@code stamp} drawn in its rectangle, or nothing
     * when {@code stamp} is null; without such a field, a new invisible one is added, and a stamp is refused for want of a
     * place. With {@code certify}, the signature certifies the document (DocMDP, P=2): later revisions may fill in
     * forms and sign — the other parties' signatures, and later validation data and document timestamps — but nothing
     * else; only a document's first signature may certify.
     */
    public static PreparedSignature prepare(byte[] pdf, String fieldName, Instant signingTime, int capacity,
                                            SignatureStamp stamp, boolean certify) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("A signature needs room, not " + capacity + " bytes");
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * capacity + 4096);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar when = calendar(signingTime);
            appearance.setSignDate(when);
            place(appearance, stamper.getAcroFields(), fieldName, stamp);
            if (certify) {
                certify(appearance, stamper.getAcroFields());
            }
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setDate(new PdfDate(when));
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, 2 * capacity + 2));
            PdfDictionary hole = new PdfDictionary();
            hole.put(PdfName.CONTENTS, new PdfString(new byte[capacity]).setHexWriting(true));
            appearance.close(hole);
            byte[] prepared = out.toByteArray();
            return new PreparedSignature(appearance.getFieldName(), prepared, byteRange(prepared, pdf.length));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not reserve the signature field " + fieldName, e);
        }
    }

    /** The existing empty field with the stamp (or blank), or a new invisible field. */
    private static void place(PdfSignatureAppearance appearance, AcroFields fields, String fieldName, SignatureStamp stamp) {
        if (fields.getFieldItem(fieldName) == null) {
            if (stamp != null) {
                throw new IllegalArgumentException("The document has no signature field " + fieldName + " to show the stamp in");
            }
            appearance.setFieldNameForInvisibleSignatures(fieldName);
            return;
        }
        if (!fields.getFieldNamesWithBlankSignatures().contains(fieldName)) {
            throw new IllegalArgumentException("The field " + fieldName + " is signed already or is no signature field");
        }
        appearance.setVisibleSignature(fieldName);
        // Only the layer OpenPDF calls n2 is drawn (Acrobat 6 layers: no "not verified" question mark beneath it).
        appearance.setAcro6Layers(true);
        Rectangle box = appearance.getRect();
        PdfTemplate layer = appearance.getLayer(2);
        if (stamp != null) {
            new StampAppearance(stamp).drawOn(layer, box.getWidth(), box.getHeight());
        }
    }

    /**
     * DocMDP with P=2 through OpenPDF, which also points the catalog's {@code /Perms} at this signature; its reference
     * is then replaced by a plain one, without the MD5 digest entries OpenPDF adds that PDF 2.0 deprecates.
     */
    private static void certify(PdfSignatureAppearance appearance, AcroFields fields) {
        if (!fields.getSignedFieldNames().isEmpty()) {
            throw new IllegalArgumentException("Only a document's first signature may certify it");
        }
        appearance.setCertificationLevel(PdfSignatureAppearance.CERTIFIED_FORM_FILLING);
        appearance.setSignatureEvent(signature -> {
            PdfDictionary parameters = new PdfDictionary(PdfName.TRANSFORMPARAMS);
            parameters.put(PdfName.P, new PdfNumber(PdfSignatureAppearance.CERTIFIED_FORM_FILLING));
            parameters.put(PdfName.V, new PdfName("1.2"));
            PdfDictionary reference = new PdfDictionary(PdfName.SIGREF);
            reference.put(PdfName.TRANSFORMMETHOD, PdfName.DOCMDP);
            reference.put(PdfName.TRANSFORMPARAMS, parameters);
            PdfArray references = new PdfArray();
            references.add(reference);
            signature.put(PdfName.REFERENCE, references);
        });
    }

    /**
     * The signed PDF: the prepared bytes with {@code cms} (DER) hex-encoded into the hole, zero-padded; no other byte
     * changes.
     */
    public static byte[] embed(PreparedSignature prepared, byte[] cms) {
        if (cms.length > prepared.capacity()) {
            throw new SignatureTooLargeException(cms.length, prepared.capacity());
        }
        byte[] signed = prepared.pdf();
        byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, signed, (int) prepared.byteRange()[1] + 1, hex.length);
        return signed;
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** Reads back the {@code /ByteRange} OpenPDF wrote into the appended revision (after the original bytes). */
    private static long[] byteRange(byte[] prepared, int from) {
        String revision = new String(prepared, from, prepared.length - from, StandardCharsets.ISO_8859_1);
        int at = revision.lastIndexOf("/ByteRange");
        if (at < 0) {
            throw new IllegalStateException("The signature revision has no /ByteRange");
        }
        int open = revision.indexOf('[', at);
        int close = revision.indexOf(']', open);
        String[] numbers = revision.substring(open + 1, close).trim().split("\\s+");
        long[] range = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            range[i] = Long.parseLong(numbers[i]);
        }
        return range;
    }
}
