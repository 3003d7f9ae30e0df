package org.pactum.pdf.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The document security store {@code /DSS} (ISO 32000-2 12.8.4.3, ETSI EN 319 142-1 5.4.2) that turns signatures into
 * PAdES B-LT: {@link #append} adds an incremental update whose catalog points to a store holding the certificates, CRLs
 * and OCSP responses in {@code /Certs}, {@code /CRLs} and {@code /OCSPs}, merged with a store already there (what it
 * holds stays, nothing is stored twice), and a {@code /VRI} entry for each signature not yet named there.
 */
public final class SecurityStore {

    private static final PdfName CERT = new PdfName("Cert");
    private static final PdfName CRL = new PdfName("CRL");
    private static final PdfName OCSP = new PdfName("OCSP");

    private SecurityStore() {
    }

    /**
     * {@code pdf} with one more revision holding {@code data} in its document security store; earlier revisions stay
     * byte for byte, so every signature in them stays valid.
     */
    public static byte[] append(byte[] pdf, ValidationData data) {
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(pdf);
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            PdfStamper stamper = new PdfStamper(reader, out, null, true);
            stamper.setUpdateDocInfo(false);
            stamper.setUpdateMetadata(false);
            PdfWriter writer = stamper.getWriter();
            PdfDictionary catalog = reader.getCatalog();
            PdfDictionary existing = catalog.getAsDict(PdfName.DSS);

            PdfArray certificates = merge(writer, existing, PdfName.CERTS, data.certificates());
            PdfArray crls = merge(writer, existing, PdfName.CRLS, data.crls());
            PdfArray ocsps = merge(writer, existing, PdfName.OCSPS, data.ocspResponses());
            PdfDictionary store = new PdfDictionary();
            putUnlessEmpty(store, PdfName.CERTS, certificates);
            putUnlessEmpty(store, PdfName.CRLS, crls);
            putUnlessEmpty(store, PdfName.OCSPS, ocsps);
            PdfDictionary vri = validationRelatedInformation(existing, signatures, certificates, crls, ocsps);
            if (vri.size() > 0) {
                store.put(PdfName.VRI, writer.addToBody(vri, false).getIndirectReference());
            }

            catalog.put(PdfName.DSS, writer.addToBody(store, false).getIndirectReference());
            EtsiExtension.declare(reader, stamper);
            stamper.markUsed(catalog);
            stamper.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Could not append the document security store", e);
        }
    }

    /** The store's array {@code key}: what it held, then each item of {@code items} it did not hold yet, as a stream. */
    private static PdfArray merge(PdfWriter writer, PdfDictionary existing, PdfName key, List<byte[]> items)
            throws IOException {
        PdfArray merged = new PdfArray();
        Set<ByteBuffer> held = new HashSet<>();
        PdfArray before = existing == null ? null : existing.getAsArray(key);
        if (before != null) {
            for (PdfObject reference : before.getElements()) {
                merged.add(reference);
                if (PdfReader.getPdfObject(reference) instanceof PRStream stream) {
                    held.add(ByteBuffer.wrap(sha256(PdfReader.getStreamBytes(stream))));
                }
            }
        }
        for (byte[] item : items) {
            if (held.add(ByteBuffer.wrap(sha256(item)))) {
                PdfStream stream = new PdfStream(item);
                stream.flateCompress();
                merged.add(writer.addToBody(stream, false).getIndirectReference());
            }
        }
        return merged;
    }

    /**
     * The {@code /VRI} dictionary: the entries already there, and for each signature without one an entry keyed by the
     * uppercase hex SHA-1 of its {@code /Contents} that points to the whole store, which is gathered for every
     * signature of the document at once.
     */
    private static PdfDictionary validationRelatedInformation(PdfDictionary existing, List<EmbeddedSignature> signatures,
                                                              PdfArray certificates, PdfArray crls, PdfArray ocsps) {
        PdfDictionary vri = new PdfDictionary();
        PdfDictionary before = existing == null ? null : existing.getAsDict(PdfName.VRI);
        if (before != null) {
            vri.putAll(before);
        }
        for (EmbeddedSignature signature : signatures) {
            PdfName key = new PdfName(HexFormat.of().withUpperCase().formatHex(sha1(signature.contents())));
            if (!vri.contains(key)) {
                PdfDictionary entry = new PdfDictionary();
                putUnlessEmpty(entry, CERT, certificates);
                putUnlessEmpty(entry, CRL, crls);
                putUnlessEmpty(entry, OCSP, ocsps);
                vri.put(key, entry);
            }
        }
        return vri;
    }

    private static void putUnlessEmpty(PdfDictionary dictionary, PdfName key, PdfArray array) {
        if (array.size() > 0) {
            dictionary.put(key, array);
        }
    }

    private static byte[] sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    private static byte[] sha1(byte[] data) {
        return digest("SHA-1", data);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }
}
