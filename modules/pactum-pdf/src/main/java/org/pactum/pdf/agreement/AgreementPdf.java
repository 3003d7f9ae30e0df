package org.pactum.pdf.agreement;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.PdfDates;

/**
 * An agreement as the A4 PDF its parties sign: the texts in parallel columns (one per language), a header with the
 * number, version and page count on every page, the signature blocks with an empty box per party for the visible
 * signature, and a "draft" watermark until the text is final. The file claims PDF/A-2b (fonts embedded, sRGB output
 * intent, XMP metadata) and is the same, byte for byte, every time the same document is rendered.
 */
public final class AgreementPdf {

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_BOTTOM = 56;
    private static final float SPACE_UNDER_HEADER = 40;

    /** Loaded once: the JDK builds the profile from its own resources. */
    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    private AgreementPdf() {
    }

    public static RenderedAgreement render(AgreementDocument agreement) {
        Objects.requireNonNull(agreement, "agreement");
        Language first = agreement.languages().getFirst();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        float top = SPACE_UNDER_HEADER + AgreementFrame.headerHeight(agreement.languages().size());
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, top, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        // Justify by widening word gaps only, as typeset treaties do: letter spacing in narrow columns tears words
        // apart ("С т о р о н ы").
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setPageEvent(new AgreementFrame(agreement));

        String title = agreement.title().in(first).orElseThrow();
        document.addTitle(title + " — " + agreement.number());
        document.addSubject(AgreementWords.reference(first, agreement.kind(), agreement.number(), agreement.version()));
        document.addKeywords(agreement.number() + ", " + agreement.contentHash());
        document.addAuthor("Pactum");
        document.addCreator("Pactum");
        PdfDate issued = PdfDates.of(agreement.issuedAt());
        document.addCreationDate(issued);
        document.addModificationDate(issued);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(first.code()));
        // OpenPDF takes the file identifier from the Info dictionary (key /FileId) when it is there; otherwise it would
        // be random. Both halves are the same, as for a file that has never been changed.
        byte[] id = fileId(agreement);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));

        document.open();
        // Opening the document stamps the creation date with the clock; the agreement's own date replaces it.
        writer.getInfo().put(PdfName.CREATIONDATE, issued);
        List<SignatureSlot> slots;
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
            writer.createXmpMetadata();
            slots = new AgreementBody(agreement, new AgreementStyle()).addTo(document, writer);
        } catch (IOException e) {
            throw new IllegalStateException("agreement " + agreement.number() + " cannot be rendered", e);
        } finally {
            document.close();
        }
        return new RenderedAgreement(out.toByteArray(), slots);
    }

    /** 16 bytes of SHA-256 over what identifies this rendering: the same agreement version gives the same ID. */
    private static byte[] fileId(AgreementDocument agreement) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(agreement.number().getBytes(StandardCharsets.UTF_8));
            digest.update(ByteBuffer.allocate(Long.BYTES + 1).putLong(agreement.version()).put((byte) (agreement.draft() ? 1 : 0)).array());
            digest.update(agreement.contentHash().getBytes(StandardCharsets.UTF_8));
            digest.update(agreement.languages().toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
