package org.pactum.verification.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.verification.entity.TrustMaterial;

/**
 * One hand-built attack file of each class the verifier must not be fooled by, and Pactum's own genuine files, all
 * from the agreement party 1 certified through Pactum's signing path: for tests of the whole document's verdict.
 */
public final class AttackFiles {

    private AttackFiles() {
    }

    /** The attack files by the class and variant they stand for. */
    public static Map<String, byte[]> attacks() {
        byte[] certified = RevisionTestFiles.CERTIFIED;
        long[] range = TamperedSignaturesTest.firstByteRange(certified);
        int signedFrom = RevisionTestFiles.AGREEMENT.length;
        Map<String, byte[]> attacks = new LinkedHashMap<>();
        attacks.put("USF: a signature value without /Contents",
                SignatureForgeryTest.renamed(certified, signedFrom, "/Contents <", "/Contentz <"));
        attacks.put("SWA: a byte range stopping short of its revision", TamperedSignaturesTest.withFirstByteRange(
                certified, new long[] {range[0], range[1], range[2], range[3] - 12}));
        attacks.put("ISA: objects appended without cross-references",
                AttackUpdates.appendRaw(certified, IncrementalSavingTest.REDEFINED_CONTENT));
        attacks.put("shadow hide: a page pointed at a signed unused stream", ShadowAttackTest.hideByPointing());
        attacks.put("shadow hide: a cross-reference-only update", ShadowAttackTest.hideByCrossReference());
        attacks.put("shadow replace: a font redefined", ShadowAttackTest.replaceFont());
        attacks.put("shadow hide-and-replace: a trailer pointed at a shadow catalog", ShadowAttackTest.hideAndReplace());
        attacks.put("EAA: a stamp under P=2", EvilAnnotationTest.stamp(certified));
        attacks.put("EAA: a free text note under P=1", EvilAnnotationTest.freeText(EvilAnnotationTest.certifiedWith(1)));
        attacks.put("SSA: a new visible signature field under P=2", RevisionTestFiles.append(certified,
                (reader, stamper) -> SneakySignatureTest.addSignatureField(stamper, "sneaky", "Amount: 9 000 000")));
        attacks.put("FieldMDP: a locked field filled", FieldLockTest.fill(RevisionTestFiles.certify(
                FieldLockTest.withFields(CraftedSignatures.lock("Include", "amount"))), "amount", "9 000 000"));
        attacks.put("DocMDP: a second certification", CraftedSignatures.sign(certified, "party-2",
                PdfSignatureAppearance.CERTIFIED_FORM_FILLING_AND_ANNOTATIONS, CraftedSignatures.docMdp(3)));
        return attacks;
    }

    /** Pactum's own files: both parties in their boxes, and the long-term updates after them. */
    public static Map<String, byte[]> genuine() {
        Map<String, byte[]> genuine = new LinkedHashMap<>();
        genuine.put("party 1 certified", RevisionTestFiles.CERTIFIED);
        genuine.put("both parties", RevisionTestFiles.SIGNED_BY_BOTH);
        genuine.put("both parties, then the security store and a document timestamp", archived(
                RevisionTestFiles.SIGNED_BY_BOTH));
        genuine.put("as the demo signs: each party in its box, each signature archived at once", archived(
                RevisionTestFiles.signAsParty2(archived(RevisionTestFiles.CERTIFIED), "party-2", true)));
        return genuine;
    }

    private static byte[] archived(byte[] pdf) {
        return PadesSigning.extend(pdf, new LongTermMaterial(List.of(), List.of(), List.of()),
                Optional.of(RevisionTestFiles.tsa())).pdf();
    }

    public static TrustMaterial trust() {
        return RevisionTestFiles.trust();
    }
}
