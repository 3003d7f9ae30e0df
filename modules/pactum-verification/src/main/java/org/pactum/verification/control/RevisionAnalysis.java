package org.pactum.verification.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * What the revisions after each signature changed. The revision a signature signed is the file up to the end of its
 * byte range; OpenPDF reads it and the whole file, and every indirect object that differs between the two is
 * classified by the part it plays (see {@link RevisionChange}). The most far-reaching change is the signature's
 * {@link ModificationLevel}, weighed against the document's DocMDP permission and the signed fields' locks; how the
 * certification is made ({@link Certification}), the fields FieldMDP locks and bytes appended outside any proper
 * revision ({@link Revisions#unreadableUpdates}) can make the changes not allowed too, each with a reason.
 */
public final class RevisionAnalysis {

    private final byte[] pdf;
    private final ParsingBudget budget;
    private final LimitedPdfReader document;
    private final RevisionRoles finalRoles;
    private final List<Long> revisionEnds;
    private Map<String, List<String>> certificationProblems = Map.of();

    private RevisionAnalysis(byte[] pdf, ParsingBudget budget, LimitedPdfReader document, List<Long> revisionEnds) {
        this.pdf = pdf;
        this.budget = budget;
        this.document = document;
        this.finalRoles = RevisionRoles.of(document);
        this.revisionEnds = revisionEnds;
    }

    /**
     * The changes after every signature of the file, by field name, in the order the signatures were made. A file or
     * signed revision OpenPDF cannot read throws {@link IllegalArgumentException}.
     */
    public static Map<String, Modification> analyse(byte[] pdf) {
        return analyse(pdf, ParsingBudget.withDefaults());
    }

    /**
     * As {@link #analyse(byte[])}, within the budget of the verification it is part of: each signed revision is read
     * again, under the same clock.
     *
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static Map<String, Modification> analyse(byte[] pdf, ParsingBudget budget) {
        LimitedPdfReader document = read(pdf, budget);
        try {
            return analyse(pdf, budget, document, Revisions.ends(pdf));
        } finally {
            document.close();
        }
    }

    /**
     * As {@link #analyse(byte[], ParsingBudget)}, from a file already parsed (which stays open): only the signed
     * revisions are read again.
     *
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static Map<String, Modification> analyse(ParsedDocument parsed) {
        return analyse(parsed.bytes(), parsed.budget(), parsed.reader(), parsed.revisionEnds());
    }

    private static Map<String, Modification> analyse(byte[] pdf, ParsingBudget budget, LimitedPdfReader document,
                                                     List<Long> revisionEnds) {
        RevisionAnalysis analysis = new RevisionAnalysis(pdf, budget, document, revisionEnds);
        try {
            Map<String, Modification> modifications = new LinkedHashMap<>();
            List<String> fields = analysis.signedFieldsInOrder();
            analysis.certificationProblems = Certification.problems(analysis.document, analysis.finalRoles, fields);
            for (String field : fields) {
                budget.checkTime();
                modifications.put(field, analysis.after(field, fields));
            }
            return modifications;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("a revision of the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /** The changes after the signature in {@code field}; throws when the file has no signature there. */
    public static Modification after(byte[] pdf, String field) {
        Modification modification = analyse(pdf).get(field);
        if (modification == null) {
            throw new IllegalArgumentException("no signature in field " + field);
        }
        return modification;
    }

    private List<String> signedFieldsInOrder() {
        return finalRoles.signatures().keySet().stream()
                .filter(field -> signedEnd(field).isPresent())
                .sorted(Comparator.comparingLong((String field) -> signedEnd(field).orElseThrow()))
                .toList();
    }

    /** Where the revision the signature covers ends: the end of its byte range's second part. */
    private Optional<Long> signedEnd(String field) {
        PdfArray range = finalRoles.signatures().get(field).getAsArray(PdfName.BYTERANGE);
        if (range == null || range.size() != 4 || range.getAsNumber(2) == null || range.getAsNumber(3) == null) {
            return Optional.empty();
        }
        long end = (long) range.getAsNumber(2).doubleValue() + (long) range.getAsNumber(3).doubleValue();
        return end > 0 && end <= pdf.length ? Optional.of(end) : Optional.empty();
    }

    private Modification after(String field, List<String> fieldsInOrder) {
        long end = signedEnd(field).orElseThrow();
        Optional<Integer> permission = permission(field, fieldsInOrder);
        String permissionName = permission.map(p -> "P=" + p).orElse("none");
        List<String> reasons = new ArrayList<>(certificationProblems.get(field));
        if (end == pdf.length) {
            return new Modification(ModificationLevel.NONE, List.of(), List.of(), reasons.isEmpty(), permissionName,
                    reasons);
        }
        PdfReader signed = readRevision((int) end);
        try {
            RevisionChange change = new RevisionChange(signed, RevisionRoles.of(signed), document, finalRoles);
            change.compare();
            ModificationLevel level = change.level();
            List<String> objects = new ArrayList<>(change.objects());
            List<String> unreadable = Revisions.unreadableUpdates(pdf, revisionEnds, end);
            if (!unreadable.isEmpty()) {
                level = ModificationLevel.OTHER;
                objects.addAll(unreadable);
                reasons.add("Bytes appended after this signature are no proper revision, so readers may show"
                        + " different documents: " + String.join("; ", unreadable));
            }
            reasons.addAll(beyondPermission(change, level, permission));
            reasons.addAll(lockedFieldsChanged(change, field, fieldsInOrder));
            return new Modification(level, objects, change.pages(), reasons.isEmpty(), permissionName, reasons);
        } finally {
            signed.close();
        }
    }

    /** The changed objects that weigh more than the permission allows, named. */
    private static List<String> beyondPermission(RevisionChange change, ModificationLevel level,
                                                 Optional<Integer> permission) {
        if (allowed(level, permission)) {
            return List.of();
        }
        List<String> beyond = new ArrayList<>();
        for (ModificationLevel weight : ModificationLevel.values()) {
            if (!allowed(weight, permission)) {
                beyond.addAll(change.objects(weight));
            }
        }
        String what = level == ModificationLevel.OTHER
                ? "Changed after this signature beyond form filling, signing and annotations, which nothing allows"
                : "Changed after this signature: " + level + ", which the certification "
                + permission.map(p -> "P=" + p).orElse("") + " does not allow";
        return List.of(what + (beyond.isEmpty() ? "" : ": " + String.join("; ", beyond)));
    }

    /** The fields changed after this signature that its or an earlier signature's FieldMDP locks, named. */
    private List<String> lockedFieldsChanged(RevisionChange change, String field, List<String> fieldsInOrder) {
        List<String> changed = change.fields().stream().filter(name -> !finalRoles.timestamp(name)).sorted().toList();
        List<String> reasons = new ArrayList<>();
        for (String earlier : fieldsInOrder.subList(0, fieldsInOrder.indexOf(field) + 1)) {
            for (FieldLock lock : Certification.locks(earlier, finalRoles.signatures().get(earlier),
                    finalRoles.lock(earlier))) {
                List<String> locked = changed.stream().filter(name -> !name.equals(earlier)).filter(lock::locks)
                        .toList();
                if (!locked.isEmpty()) {
                    reasons.add("Fields locked by " + lock.describe() + " changed after it: "
                            + String.join(", ", locked));
                }
            }
        }
        return reasons;
    }

    /**
     * What the signature's certification and locks permit: the certifying signature's DocMDP P once it is made, made
     * stricter by the /Lock /P of any field signed up to this signature.
     */
    private Optional<Integer> permission(String field, List<String> fieldsInOrder) {
        Optional<Integer> strictest = Optional.empty();
        for (String earlier : fieldsInOrder.subList(0, fieldsInOrder.indexOf(field) + 1)) {
            Optional<Integer> own = Certification.docMdp(finalRoles.signatures().get(earlier)).or(() -> lock(earlier));
            if (own.isPresent() && (strictest.isEmpty() || own.get() < strictest.get())) {
                strictest = own;
            }
        }
        return strictest;
    }

    /** A field lock's P (ISO 32000-2, table 233), which restricts the document like a DocMDP permission. */
    private Optional<Integer> lock(String field) {
        return finalRoles.lock(field).map(lock -> lock.getAsNumber(PdfName.P)).map(PdfNumber::intValue)
                .map(value -> value >= 1 && value <= 3 ? value : 1);
    }

    /**
     * Validation data and document timestamps are always allowed (ISO 32000-2, 12.8.2.2.2, and ETSI EN 319 142-1
     * make a DSS and a document timestamp no modification under DocMDP); anything beyond the permission is not, and
     * changed page content, structure or signed fields never are.
     */
    static boolean allowed(ModificationLevel level, Optional<Integer> permission) {
        if (level == ModificationLevel.OTHER) {
            return false;
        }
        if (level.compareTo(ModificationLevel.LTA_UPDATES) <= 0 || permission.isEmpty()) {
            return true;
        }
        return switch (permission.get()) {
            case 1 -> false;
            case 2 -> level.compareTo(ModificationLevel.FORM_FILLING) <= 0;
            default -> level.compareTo(ModificationLevel.ANNOTATIONS) <= 0;
        };
    }

    private PdfReader readRevision(int end) {
        try {
            return LimitedPdfReader.openRevision(document, end, budget);
        } catch (ParsingLimitExceededException exceeded) {
            throw exceeded;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("not a readable PDF revision: " + e.getMessage(), e);
        }
    }

    private static LimitedPdfReader read(byte[] bytes, ParsingBudget budget) {
        try {
            return LimitedPdfReader.open(bytes, budget);
        } catch (ParsingLimitExceededException exceeded) {
            throw exceeded;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("not a readable PDF revision: " + e.getMessage(), e);
        }
    }
}
