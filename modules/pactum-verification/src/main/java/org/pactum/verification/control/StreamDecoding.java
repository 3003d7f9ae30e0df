package org.pactum.verification.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.openpdf.text.exceptions.InvalidPdfException;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * A stream's filters applied with every inflated byte counted before it is kept, so that a deflate bomb is refused
 * after the allowance, not after the heap. Inflation yields what OpenPDF's FlateDecode yields (the first zlib stream,
 * or as much of a corrupt one as can be read). Only filters that cannot expand much are left to OpenPDF (ASCIIHex,
 * ASCII85); LZW and Brotli, which can, and which no signature, security store or cross-reference stream needs, are
 * not decoded.
 */
final class StreamDecoding {

    private static final int CHUNK = 64 * 1024;
    private static final long LARGEST_ROW_FACTOR = 1 << 24;

    private StreamDecoding() {
    }

    /**
     * @param raw       the stream's bytes as stored
     * @param allowance takes each inflated chunk's size and throws when the reading has inflated too much
     */
    static byte[] decode(PRStream stream, byte[] raw, LongConsumer allowance) throws IOException {
        return decode(stream, raw, allowance, true);
    }

    /**
     * Takes from the allowance what decoding the stream inflates, keeping only what a later filter needs: to check a
     * stream before OpenPDF decodes it without an allowance.
     */
    static void count(PRStream stream, byte[] raw, LongConsumer allowance) throws IOException {
        decode(stream, raw, allowance, false);
    }

    private static byte[] decode(PRStream stream, byte[] raw, LongConsumer allowance, boolean keep)
            throws IOException {
        List<PdfObject> filters = list(stream.get(PdfName.FILTER));
        PdfObject parameters = PdfReader.getPdfObject(stream.get(PdfName.DECODEPARMS));
        if (parameters == null) {
            parameters = PdfReader.getPdfObject(stream.get(PdfName.DP));
        }
        List<PdfObject> eachParameters = parameters instanceof PdfArray array ? array.getElements()
                : parameters instanceof PdfDictionary ? List.of(parameters) : List.of();
        byte[] bytes = raw;
        for (int i = 0; i < filters.size(); i++) {
            PdfObject filter = PdfReader.getPdfObject(filters.get(i));
            String name = filter == null ? "" : filter.toString();
            bytes = switch (name) {
                case "/FlateDecode", "/Fl" -> {
                    boolean needed = keep || i + 1 < filters.size();
                    PdfObject predictor = i < eachParameters.size() ? eachParameters.get(i) : null;
                    Inflated inflated = inflate(bytes, allowance, needed);
                    checkPredictor(predictor, inflated.size());
                    yield needed ? predicted(inflated.bytes(), predictor) : new byte[0];
                }
                case "/ASCIIHexDecode", "/AHx" -> PdfReader.ASCIIHexDecode(bytes);
                case "/ASCII85Decode", "/A85" -> PdfReader.ASCII85Decode(bytes);
                case "/Crypt" -> bytes;
                default -> throw new InvalidPdfException("verification decodes no " + name + " stream");
            };
        }
        return bytes;
    }

    /** What inflation gave: its size, and the bytes when they were kept. */
    private record Inflated(byte[] bytes, long size) {
    }

    private static Inflated inflate(byte[] deflated, LongConsumer allowance, boolean kept) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(deflated.length * 4, CHUNK));
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            while (!inflater.finished()) {
                int count;
                try {
                    count = inflater.inflate(chunk);
                } catch (DataFormatException corrupt) {
                    break;
                }
                if (count == 0) {
                    break;
                }
                allowance.accept(count);
                total += count;
                if (kept) {
                    out.write(chunk, 0, count);
                }
            }
            return new Inflated(kept ? out.toByteArray() : null, total);
        } finally {
            inflater.end();
        }
    }

    /**
     * A PNG predictor makes OpenPDF allocate two rows of the width the parameters state; a row wider than the data
     * itself cannot be genuine.
     */
    private static void checkPredictor(PdfObject parameters, long size) throws InvalidPdfException {
        if (PdfReader.getPdfObject(parameters) instanceof PdfDictionary dictionary && predicts(dictionary)) {
            long columns = factor(dictionary, PdfName.COLUMNS, 1);
            long colors = factor(dictionary, PdfName.COLORS, 1);
            long bits = factor(dictionary, PdfName.BITSPERCOMPONENT, 8);
            long row = (columns * colors * bits + 7) / 8;
            if (row <= 0 || row > size) {
                throw new InvalidPdfException("a predictor's row is wider than its stream");
            }
        }
    }

    private static byte[] predicted(byte[] bytes, PdfObject parameters) {
        return PdfReader.getPdfObject(parameters) instanceof PdfDictionary dictionary && predicts(dictionary)
                ? PdfReader.decodePredictor(bytes, dictionary) : bytes;
    }

    private static boolean predicts(PdfDictionary parameters) {
        return PdfReader.getPdfObject(parameters.get(PdfName.PREDICTOR)) instanceof PdfNumber predictor
                && predictor.intValue() >= 10;
    }

    private static long factor(PdfDictionary parameters, PdfName key, long absent) throws InvalidPdfException {
        PdfObject value = PdfReader.getPdfObject(parameters.get(key));
        if (!(value instanceof PdfNumber number)) {
            return absent;
        }
        long factor = number.intValue();
        if (factor <= 0 || factor > LARGEST_ROW_FACTOR) {
            throw new InvalidPdfException("a predictor parameter out of range: " + key + " " + factor);
        }
        return factor;
    }

    private static List<PdfObject> list(PdfObject filter) {
        PdfObject resolved = PdfReader.getPdfObject(filter);
        if (resolved instanceof PdfArray array) {
            return array.getElements();
        }
        return resolved == null ? List.of() : List.of(resolved);
    }
}
