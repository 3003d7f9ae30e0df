package org.pactum.pdf.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

class SecurityStoreTest {

    private static final byte[] ROOT = {0x30, 0x03, 0x02, 0x01, 0x01};
    private static final byte[] SIGNER = {0x30, 0x03, 0x02, 0x01, 0x02};
    private static final byte[] CRL = {0x30, 0x03, 0x02, 0x01, 0x03};
    private static final byte[] OCSP = {0x30, 0x03, 0x02, 0x01, 0x04};

    private static byte[] signed;

    @BeforeAll
    static void sign() {
        byte[] agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        PreparedSignature prepared =
                SignatureFields.prepare(agreement, "omsk-1", Instant.parse("2026-12-01T10:00:00Z"), 4096);
        signed = SignatureFields.embed(prepared, new byte[] {0x30, 0x00});
    }

    @Test
    void the_store_is_an_incremental_update_holding_every_item_as_a_stream() throws Exception {
        byte[] stored = SecurityStore.append(signed, new ValidationData(List.of(SIGNER, ROOT), List.of(CRL), List.of(OCSP)));

        assertArrayEquals(signed, Arrays.copyOf(stored, signed.length));
        PdfDictionary store = store(stored);
        assertEquals(List.of(HexFormat.of().formatHex(SIGNER), HexFormat.of().formatHex(ROOT)),
                hexes(store.getAsArray(PdfName.CERTS)));
        assertEquals(List.of(HexFormat.of().formatHex(CRL)), hexes(store.getAsArray(PdfName.CRLS)));
        assertEquals(List.of(HexFormat.of().formatHex(OCSP)), hexes(store.getAsArray(PdfName.OCSPS)));
    }

    @Test
    void each_signature_gets_a_vri_entry_keyed_by_the_sha1_of_its_contents() throws Exception {
        byte[] stored = SecurityStore.append(signed, new ValidationData(List.of(SIGNER), List.of(CRL), List.of()));

        byte[] contents = EmbeddedSignature.readAll(signed).getFirst().contents();
        String key = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(contents));
        PdfDictionary entry = store(stored).getAsDict(PdfName.VRI).getAsDict(new PdfName(key));
        assertNotNull(entry, "no VRI entry " + key);
        assertEquals(List.of(HexFormat.of().formatHex(SIGNER)), hexes(entry.getAsArray(new PdfName("Cert"))));
        assertEquals(List.of(HexFormat.of().formatHex(CRL)), hexes(entry.getAsArray(new PdfName("CRL"))));
    }

    @Test
    void a_second_store_keeps_what_the_first_held_and_adds_only_what_is_new() throws Exception {
        byte[] once = SecurityStore.append(signed, new ValidationData(List.of(SIGNER, ROOT), List.of(CRL), List.of()));

        byte[] twice = SecurityStore.append(once, new ValidationData(List.of(ROOT), List.of(CRL), List.of(OCSP)));

        assertArrayEquals(once, Arrays.copyOf(twice, once.length));
        PdfDictionary store = store(twice);
        assertEquals(List.of(HexFormat.of().formatHex(SIGNER), HexFormat.of().formatHex(ROOT)),
                hexes(store.getAsArray(PdfName.CERTS)));
        assertEquals(1, store.getAsArray(PdfName.CRLS).size());
        assertEquals(List.of(HexFormat.of().formatHex(OCSP)), hexes(store.getAsArray(PdfName.OCSPS)));
        assertEquals(1, store.getAsDict(PdfName.VRI).size());
    }

    @Test
    void the_catalog_declares_the_etsi_extension() throws Exception {
        byte[] stored = SecurityStore.append(signed, new ValidationData(List.of(ROOT), List.of(), List.of()));

        PdfDictionary esic = new PdfReader(stored).getCatalog().getAsDict(new PdfName("Extensions"))
                .getAsDict(new PdfName("ESIC"));
        assertEquals(5, esic.getAsNumber(new PdfName("ExtensionLevel")).intValue());
        assertTrue(new PdfReader(stored).getAcroFields().getSignatureTypes().containsKey("omsk-1"));
    }

    private static PdfDictionary store(byte[] pdf) throws Exception {
        return new PdfReader(pdf).getCatalog().getAsDict(PdfName.DSS);
    }

    private static List<String> hexes(PdfArray streams) throws Exception {
        List<String> hexes = new ArrayList<>();
        for (PdfObject reference : streams.getElements()) {
            hexes.add(HexFormat.of().formatHex(PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(reference))));
        }
        return hexes;
    }
}
