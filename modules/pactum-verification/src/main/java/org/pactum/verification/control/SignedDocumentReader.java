package org.pactum.verification.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Parses a PDF once with OpenPDF for what verification needs: every filled signature field (also those whose
 * dictionary is broken, so that they are reported rather than skipped) and the certificates and CRLs of the
 * document security store ({@code /DSS}), and its OCSP responses.
 */
final class SignedDocumentReader {

    private static final PdfName DSS = new PdfName("DSS");
    private static final PdfName CERTS = new PdfName("Certs");
    private static final PdfName CRLS = new PdfName("CRLs");
    private static final PdfName OCSPS = new PdfName("OCSPs");

    private SignedDocumentReader() {
    }

    /** Reads {@code pdf} under the default limits. */
    static SignedDocument read(byte[] pdf) {
        return read(pdf, ParsingBudget.withDefaults());
    }

    /**
     * Reads {@code pdf}; anything that is not a readable PDF is an {@link IllegalArgumentException}, a file over a
     * limit of the budget a {@link ParsingLimitExceededException}.
     */
    static SignedDocument read(byte[] pdf, ParsingBudget budget) {
        try (ParsedDocument parsed = ParsedDocument.read(pdf, budget)) {
            return read(parsed);
        }
    }

    /** As {@link #read(byte[], ParsingBudget)}, from a file already parsed (which stays open). */
    static SignedDocument read(ParsedDocument parsed) {
        try {
            return read(parsed.reader());
        } catch (ParsingLimitExceededException exceeded) {
            throw exceeded;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // OpenPDF signals a broken file with assorted runtime exceptions besides IOException.
            throw new IllegalArgumentException("Not a readable PDF: " + e, e);
        }
    }

    private static SignedDocument read(PdfReader reader) throws IOException {
        AcroFields form = reader.getAcroFields();
        List<SignatureField> fields = new ArrayList<>();
        // Every signature field with a value, also one without /Contents or /ByteRange, which OpenPDF's lists of
        // signatures leave out: a forgery must still be reported. (Those lists also convert every signature's
        // /Contents to bytes to sort them, which is not needed here.)
        for (Map.Entry<String, AcroFields.Item> field : form.getAllFields().entrySet()) {
            PdfDictionary merged = field.getValue().getMerged(0);
            if (merged != null && PdfName.SIG.equals(merged.getAsName(PdfName.FT))
                    && PdfReader.getPdfObject(merged.get(PdfName.V)) instanceof PdfDictionary value) {
                fields.add(readable(field.getKey(), value, reader.isEncrypted()));
            }
        }
        fields.sort(Comparator.comparingLong(SignatureField::end));
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        List<OcspResponse> responses = new ArrayList<>();
        PdfDictionary store = reader.getCatalog().getAsDict(DSS);
        if (store != null) {
            for (byte[] encoded : streams(store.getAsArray(CERTS))) {
                certificate(encoded, certificates);
            }
            for (byte[] encoded : streams(store.getAsArray(CRLS))) {
                crl(encoded, crls);
            }
            responses.addAll(EmbeddedRevocation.ocspResponses(streams(store.getAsArray(OCSPS)),
                    EmbeddedRevocation.IN_STORE));
        }
        return new SignedDocument(fields, certificates, crls, responses);
    }

    /** The field as stated, or, when its dictionary cannot be read, one without range and contents (a format failure). */
    private static SignatureField readable(String name, PdfDictionary value, boolean encrypted) {
        try {
            return field(name, value, encrypted);
        } catch (RuntimeException e) {
            return new SignatureField(name, "", null, null, null);
        }
    }

    private static SignatureField field(String name, PdfDictionary value, boolean encrypted) {
        PdfName subFilter = value.getAsName(PdfName.SUBFILTER);
        PdfString contents = value.getAsString(PdfName.CONTENTS);
        PdfArray range = value.getAsArray(PdfName.BYTERANGE);
        PdfString signed = value.getAsString(PdfName.M);
        return new SignatureField(name, subFilter == null ? "" : PdfName.decodeName(subFilter.toString()),
                range == null ? null : longs(range), contents == null ? null : bytes(contents, encrypted),
                signed == null ? null : time(signed.toString()));
    }

    /**
     * A string's bytes as the file holds them. The parser makes each byte one character below 256, so they are its
     * Latin-1 encoding, which the JDK copies in bulk; OpenPDF converts them one character at a time, which for the
     * tens of kilobytes of a signature's /Contents showed in the profile. A decrypted string keeps OpenPDF's way.
     */
    private static byte[] bytes(PdfString string, boolean encrypted) {
        return encrypted || string.getEncoding() != null ? string.getOriginalBytes()
                : string.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long[] longs(PdfArray array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            PdfNumber number = array.getAsNumber(i);
            double value = number == null ? Double.NaN : number.doubleValue();
            values[i] = value == Math.rint(value) && Math.abs(value) < 1e15 ? (long) value : Long.MIN_VALUE;
        }
        return values;
    }

    // A claimed time that cannot be read is no claim: the signature is still checked.
    private static Instant time(String pdfDate) {
        try {
            Calendar calendar = PdfDate.decode(pdfDate);
            return calendar == null ? null : calendar.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<byte[]> streams(PdfArray array) {
        List<byte[]> found = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                try {
                    PdfObject item = PdfReader.getPdfObject(array.getPdfObject(i));
                    if (item instanceof PRStream stream) {
                        found.add(decoded(stream));
                    }
                } catch (ParsingLimitExceededException exceeded) {
                    throw exceeded;
                } catch (IOException | RuntimeException e) {
                    // an unreadable store entry is left out, as below
                }
            }
        }
        return found;
    }

    // A deflate bomb in the store is refused like one anywhere else in the file.
    private static byte[] decoded(PRStream stream) throws IOException {
        return stream.getReader() instanceof LimitedPdfReader limited ? limited.decoded(stream)
                : PdfReader.getStreamBytes(stream);
    }

    // A store entry that is not a certificate or CRL is left out: it can only lower what the signatures reach.
    private static void certificate(byte[] encoded, List<X509Certificate> into) {
        try {
            into.add((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded)));
        } catch (GeneralSecurityException | RuntimeException ignored) {
            // left out, see above
        }
    }

    private static void crl(byte[] encoded, List<X509CRL> into) {
        try {
            into.add((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(encoded)));
        } catch (GeneralSecurityException | RuntimeException ignored) {
            // left out, see above
        }
    }
}
