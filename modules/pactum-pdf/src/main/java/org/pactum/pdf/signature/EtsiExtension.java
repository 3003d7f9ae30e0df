package org.pactum.pdf.signature;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * The catalog's developer extension {@code /ESIC} (base 1.7, level 5) that ETSI EN 319 142-1 asks of a PDF 1.7 holding
 * a document security store or a document timestamp, features PDF 1.7 itself does not have (PDF 2.0 has them).
 */
final class EtsiExtension {

    private static final PdfName ESIC = new PdfName("ESIC");
    private static final PdfName EXTENSIONS = new PdfName("Extensions");
    private static final PdfName BASE_VERSION = new PdfName("BaseVersion");
    private static final PdfName EXTENSION_LEVEL = new PdfName("ExtensionLevel");

    private EtsiExtension() {
    }

    /** Adds the extension to the catalog of the revision {@code stamper} appends, unless it is there or not needed. */
    static void declare(PdfReader reader, PdfStamper stamper) {
        if (reader.getPdfVersion() != null && reader.getPdfVersion().startsWith("2")) {
            return;
        }
        PdfDictionary catalog = reader.getCatalog();
        PdfDictionary extensions = catalog.getAsDict(EXTENSIONS);
        if (extensions != null && extensions.contains(ESIC)) {
            return;
        }
        PdfDictionary updated = new PdfDictionary();
        if (extensions != null) {
            updated.putAll(extensions);
        }
        PdfDictionary esic = new PdfDictionary();
        esic.put(BASE_VERSION, new PdfName("1.7"));
        esic.put(EXTENSION_LEVEL, new PdfNumber(5));
        updated.put(ESIC, esic);
        catalog.put(EXTENSIONS, updated);
        stamper.markUsed(catalog);
    }
}
