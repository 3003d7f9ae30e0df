package org.pactum.pdf.signature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * A signature or document timestamp already in a PDF, as its dictionary states it: the field, the
 * {@code /SubFilter} (e.g. {@code ETSI.CAdES.detached}, {@code ETSI.RFC3161}), the byte range and the whole
 * {@code /Contents} (the CMS followed by the hole's zero padding).
 */
public record EmbeddedSignature(String fieldName, String subFilter, long[] byteRange, byte[] contents) {

    /** The sub-filter of a document timestamp: its contents are a bare RFC 3161 timestamp token. */
    public static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    public EmbeddedSignature {
        byteRange = byteRange.clone();
        contents = contents.clone();
    }

    /** Every filled signature field of {@code pdf}, in the order they were added (by the end of their byte range). */
    public static List<EmbeddedSignature> readAll(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                AcroFields fields = reader.getAcroFields();
                List<EmbeddedSignature> found = new ArrayList<>();
                for (String name : fields.getSignatureTypes().keySet()) {
                    PdfDictionary dictionary = fields.getSignatureDictionary(name);
                    PdfString contents = dictionary == null ? null : dictionary.getAsString(PdfName.CONTENTS);
                    PdfArray range = dictionary == null ? null : dictionary.getAsArray(PdfName.BYTERANGE);
                    if (contents != null && range != null && range.size() == 4) {
                        PdfName subFilter = dictionary.getAsName(PdfName.SUBFILTER);
                        found.add(new EmbeddedSignature(name,
                                subFilter == null ? "" : PdfName.decodeName(subFilter.toString()),
                                longs(range), contents.getOriginalBytes()));
                    }
                }
                found.sort(Comparator.comparingLong(signature -> signature.byteRange[2] + signature.byteRange[3]));
                return List.copyOf(found);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public long[] byteRange() {
        return byteRange.clone();
    }

    @Override
    public byte[] contents() {
        return contents.clone();
    }

    public boolean isDocumentTimestamp() {
        return DOCUMENT_TIMESTAMP.equals(subFilter);
    }

    private static long[] longs(PdfArray array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (long) array.getAsNumber(i).doubleValue();
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmbeddedSignature that && fieldName.equals(that.fieldName)
                && subFilter.equals(that.subFilter) && Arrays.equals(byteRange, that.byteRange)
                && Arrays.equals(contents, that.contents);
    }

    @Override
    public int hashCode() {
        return 31 * fieldName.hashCode() + Arrays.hashCode(byteRange);
    }

    @Override
    public String toString() {
        return "EmbeddedSignature[" + fieldName + ", " + subFilter + ", range " + Arrays.toString(byteRange) + "]";
    }
}
