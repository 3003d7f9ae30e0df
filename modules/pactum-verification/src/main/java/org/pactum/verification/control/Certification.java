package org.pactum.verification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * What a document's signatures certify and lock, and whether its certification is made as ISO 32000-1 (12.8.2.2)
 * requires: one DocMDP signature, the document's first, which the catalog's {@code /Perms /DocMDP} points at. A
 * certification elsewhere (a second one, or one after an approval signature) or a {@code /Perms} pointing elsewhere
 * is how a sneaky certification widens or hides what the first signer allowed.
 */
final class Certification {

    private static final PdfName DOC_MDP = new PdfName("DocMDP");
    private static final PdfName FIELD_MDP = new PdfName("FieldMDP");
    private static final PdfName PERMS = new PdfName("Perms");

    private Certification() {
    }

    /** The DocMDP P of a certifying signature; values outside 1..3 are read as the strictest. */
    static Optional<Integer> docMdp(PdfDictionary signature) {
        return reference(signature, DOC_MDP).map(parameters -> {
            // ISO 32000-1, 12.8.2.2.2: P defaults to 2.
            PdfNumber p = parameters.getAsNumber(PdfName.P);
            int value = p == null ? 2 : p.intValue();
            return value >= 1 && value <= 3 ? value : 1;
        });
    }

    /** The field locks a signature states: its field's /Lock and its own FieldMDP reference. */
    static List<FieldLock> locks(String field, PdfDictionary signature, Optional<PdfDictionary> lock) {
        List<FieldLock> locks = new ArrayList<>();
        lock.flatMap(dictionary -> FieldLock.of(field, "/Lock", dictionary)).ifPresent(locks::add);
        reference(signature, FIELD_MDP).flatMap(parameters -> FieldLock.of(field, "FieldMDP reference", parameters))
                .ifPresent(locks::add);
        return locks;
    }

    /**
     * Why the certification is not made as required, by the signature each reason concerns: a certifying signature
     * that is not the first concerns itself and every signature before it (its revision came after them); a
     * {@code /Perms} that does not point at the certifying signature concerns that signature, or every signature
     * when none certifies.
     */
    static Map<String, List<String>> problems(PdfReader document, RevisionRoles roles, List<String> fieldsInOrder) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        fieldsInOrder.forEach(field -> problems.put(field, new ArrayList<>()));
        if (fieldsInOrder.isEmpty()) {
            return problems;
        }
        String first = fieldsInOrder.getFirst();
        for (int i = 1; i < fieldsInOrder.size(); i++) {
            String field = fieldsInOrder.get(i);
            if (reference(roles.signatures().get(field), DOC_MDP).isPresent()) {
                String reason = "The signature in " + field + " certifies the document (DocMDP) though " + first
                        + " was signed before it: only a document's first signature may certify";
                fieldsInOrder.subList(0, i + 1).forEach(earlier -> problems.get(earlier).add(reason));
            }
        }
        Optional<Integer> pointed = permsTarget(document);
        boolean firstCertifies = reference(roles.signatures().get(first), DOC_MDP).isPresent();
        Optional<Integer> certifying = firstCertifies ? roles.signatureNumber(first) : Optional.empty();
        if (firstCertifies && (pointed.isEmpty() || !pointed.equals(certifying))) {
            problems.get(first).add("The catalog's /Perms /DocMDP " + pointed.map(number -> "points at object "
                    + number + ", not at " + first + "'s certifying signature").orElse("does not point at " + first
                    + "'s certifying signature"));
        } else if (!firstCertifies && pointed.isPresent()) {
            String reason = "The catalog's /Perms /DocMDP points at object " + pointed.get()
                    + ", but the document's first signature, " + first + ", certifies nothing";
            fieldsInOrder.forEach(field -> problems.get(field).add(reason));
        }
        return problems;
    }

    /** The object the catalog's /Perms /DocMDP refers to; a direct dictionary there refers to no signature. */
    private static Optional<Integer> permsTarget(PdfReader document) {
        if (!(PdfReader.getPdfObject(document.getCatalog().get(PERMS)) instanceof PdfDictionary perms)
                || perms.get(DOC_MDP) == null) {
            return Optional.empty();
        }
        return Optional.of(perms.get(DOC_MDP) instanceof PRIndirectReference reference ? reference.getNumber() : 0);
    }

    private static Optional<PdfDictionary> reference(PdfDictionary signature, PdfName method) {
        PdfArray references = signature == null ? null : signature.getAsArray(PdfName.REFERENCE);
        if (references == null) {
            return Optional.empty();
        }
        for (PdfObject element : references.getElements()) {
            if (PdfReader.getPdfObject(element) instanceof PdfDictionary reference
                    && method.equals(reference.getAsName(PdfName.TRANSFORMMETHOD))) {
                PdfDictionary parameters = reference.getAsDict(PdfName.TRANSFORMPARAMS);
                return Optional.of(parameters == null ? new PdfDictionary() : parameters);
            }
        }
        return Optional.empty();
    }
}
