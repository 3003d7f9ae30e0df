package org.pactum.verification.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfStream;

/**
 * PDFs written byte by byte, as an attacker writes them: whole small files (with a cross-reference table or stream,
 * objects inside object streams) and incremental updates appended to real signed files.
 */
final class CraftedPdf {

    private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
    private static final Pattern ROOT = Pattern.compile("/Root (\\d+ \\d+ R)");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");

    private final List<byte[]> objects = new ArrayList<>();
    private final Map<Integer, int[]> inObjectStreams = new LinkedHashMap<>();

    /** Adds the next object (numbered from 1, the catalog first) and returns its number. */
    int object(String body) {
        return object(ascii(body));
    }

    int object(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** Adds a stream object with the dictionary entries given (its /Length is added) and returns its number. */
    int stream(String entries, byte[] data) {
        return object(streamBody(entries, data));
    }

    /** Declares object {@code number} as the {@code index}th object of object stream {@code stream}. */
    void compressed(int number, int stream, int index) {
        inObjectStreams.put(number, new int[]{stream, index});
    }

    /** The file with a classic cross-reference table. */
    byte[] withTable() {
        ByteArrayOutputStream out = header();
        List<Integer> offsets = writeObjects(out);
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(ascii(table.toString()));
        return out.toByteArray();
    }

    /** The file with a cross-reference stream (W [1 4 2]), which can place objects inside object streams. */
    byte[] withStream() {
        ByteArrayOutputStream out = header();
        List<Integer> offsets = writeObjects(out);
        int number = objects.size() + 1;
        int xref = out.size();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entry(entries, 0, 0, 65535);
        for (int i = 1; i <= objects.size(); i++) {
            int[] place = inObjectStreams.get(i);
            if (place == null) {
                entry(entries, 1, offsets.get(i - 1), 0);
            } else {
                entry(entries, 2, place[0], place[1]);
            }
        }
        entry(entries, 1, xref, 0);
        out.writeBytes(ascii(number + " 0 obj\n"));
        out.writeBytes(streamBody("/Type /XRef /Size " + (number + 1) + " /W [1 4 2] /Root 1 0 R", entries.toByteArray()));
        out.writeBytes(ascii("\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** {@code pdf} with one more revision holding {@code body} as a new object, unreferenced, and a table for it. */
    static byte[] appendObject(byte[] pdf, byte[] body) {
        Tail tail = tail(pdf);
        ByteArrayOutputStream out = revision(pdf, tail);
        int offset = out.size() - ascii(tail.size() + " 0 obj\n").length;
        out.writeBytes(body);
        out.writeBytes(ascii("\nendobj\n"));
        int xref = out.size();
        out.writeBytes(ascii("xref\n0 1\n0000000000 65535 f \n" + tail.size() + " 1\n%010d 00000 n \n".formatted(offset)
                + "trailer\n<< /Size " + (tail.size() + 1) + " /Root " + tail.root() + " /Prev " + tail.startxref()
                + " >>\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** {@code pdf} with one more revision whose cross-reference stream holds {@code deflated} (claimed FlateDecode). */
    static byte[] appendCrossReferenceStream(byte[] pdf, byte[] deflated) {
        Tail tail = tail(pdf);
        ByteArrayOutputStream out = revision(pdf, tail);
        int offset = out.size() - ascii(tail.size() + " 0 obj\n").length;
        out.writeBytes(streamBody("/Type /XRef /Size " + (tail.size() + 1) + " /W [1 4 2] /Index [" + tail.size()
                + " 1] /Root " + tail.root() + " /Prev " + tail.startxref() + " /Filter /FlateDecode", deflated));
        out.writeBytes(ascii("\nendobj\nstartxref\n" + offset + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /**
     * {@code pdf} with a security store whose one certificate is {@code deflated} (claimed FlateDecode), appended with
     * OpenPDF as a signer's tool appends one.
     */
    static byte[] appendStoreWithCertificate(byte[] pdf, byte[] deflated) {
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out, null, true);
            PdfStream certificate = new PdfStream(deflated);
            certificate.put(PdfName.FILTER, PdfName.FLATEDECODE);
            PdfIndirectReference reference = stamper.getWriter().addToBody(certificate).getIndirectReference();
            PdfDictionary store = new PdfDictionary();
            store.put(new PdfName("Certs"), new PdfArray(reference));
            reader.getCatalog().put(new PdfName("DSS"), stamper.getWriter().addToBody(store).getIndirectReference());
            stamper.markUsed(reader.getCatalog());
            stamper.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not append the security store", e);
        }
    }

    /** The file, a new line, and the start of the next object ("n 0 obj"), where the new revision begins. */
    private static ByteArrayOutputStream revision(byte[] pdf, Tail tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pdf);
        out.writeBytes(ascii("\n"));
        out.writeBytes(ascii(tail.size() + " 0 obj\n"));
        return out;
    }

    /** {@code count} zero bytes deflated (about a thousandth of their size). */
    static byte[] deflatedZeros(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (long left = count; left > 0; left -= zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, left));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** {@code levels} arrays, each inside the one before. */
    static byte[] nestedArrays(int levels) {
        return ascii("[".repeat(levels) + "]".repeat(levels));
    }

    static byte[] nestedDictionaries(int levels) {
        return ascii("<< /A ".repeat(levels) + "0" + " >>".repeat(levels));
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Tail(int size, String root, long startxref) {
    }

    private static Tail tail(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return new Tail(Integer.parseInt(last(SIZE, text)), last(ROOT, text), Long.parseLong(last(STARTXREF, text)));
    }

    private static String last(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            throw new IllegalArgumentException("no " + pattern + " in the file");
        }
        return found;
    }

    private static ByteArrayOutputStream header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        return out;
    }

    private List<Integer> writeObjects(ByteArrayOutputStream out) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(ascii((i + 1) + " 0 obj\n"));
            out.writeBytes(objects.get(i));
            out.writeBytes(ascii("\nendobj\n"));
        }
        return offsets;
    }

    private static byte[] streamBody(String entries, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< " + entries + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private static void entry(ByteArrayOutputStream out, int type, int second, int third) {
        out.write(type);
        out.write(second >>> 24);
        out.write(second >>> 16);
        out.write(second >>> 8);
        out.write(second);
        out.write(third >>> 8);
        out.write(third);
    }
}
