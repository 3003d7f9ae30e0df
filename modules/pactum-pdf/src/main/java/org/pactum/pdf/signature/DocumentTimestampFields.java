package org.pactum.pdf.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

/**
 * A document timestamp (PAdES B-LTA, ISO 32000-2 12.8.5) in two steps, like {@link SignatureFields}: {@link #prepare}
 * appends a revision with an invisible field whose dictionary is {@code /Type /DocTimeStamp /SubFilter /ETSI.RFC3161}
 * and a zero-filled hole; {@link #embed} writes the RFC 3161 timestamp token over that revision's byte range into it.
 */
public final class DocumentTimestampFields {

    /** Room for a timestamp token with its authority's chain of a few certificates. */
    public static final int DEFAULT_CAPACITY = 16 * 1024;

    private static final PdfName DOC_TIME_STAMP = new PdfName("DocTimeStamp");

    private DocumentTimestampFields() {
    }

    /** Appends to {@code pdf} a revision with an empty document timestamp field named {@code fieldName}. */
    public static PreparedSignature prepare(byte[] pdf, String fieldName, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("A timestamp needs room, not " + capacity + " bytes");
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * capacity + 4096);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            EtsiExtension.declare(reader, stamper);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setFieldNameForInvisibleSignatures(fieldName);
            // The token carries the time; a /M here would be a second, unsigned claim of it.
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE,
                    new PdfName(EmbeddedSignature.DOCUMENT_TIMESTAMP));
            dictionary.put(PdfName.TYPE, DOC_TIME_STAMP);
            appearance.setCryptoDictionary(dictionary);
            appearance.preClose(Map.of(PdfName.CONTENTS, 2 * capacity + 2));
            PdfDictionary hole = new PdfDictionary();
            hole.put(PdfName.CONTENTS, new PdfString(new byte[capacity]).setHexWriting(true));
            appearance.close(hole);
            byte[] prepared = out.toByteArray();
            String name = appearance.getFieldName();
            return new PreparedSignature(name, prepared, byteRangeOf(prepared, name));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not reserve the document timestamp field " + fieldName, e);
        }
    }

    /** The timestamped PDF: {@code timestampToken} (DER) written into the hole; no other byte changes. */
    public static byte[] embed(PreparedSignature prepared, byte[] timestampToken) {
        return SignatureFields.embed(prepared, timestampToken);
    }

    private static long[] byteRangeOf(byte[] prepared, String fieldName) {
        return EmbeddedSignature.readAll(prepared).stream()
                .filter(signature -> signature.fieldName().equals(fieldName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The timestamp revision has no field " + fieldName))
                .byteRange();
    }
}
