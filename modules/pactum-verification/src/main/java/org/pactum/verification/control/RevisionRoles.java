package org.pactum.verification.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.pactum.verification.control.RevisionRole.Kind;

/**
 * The role of every indirect object one revision uses. The walk goes from the catalog: the pages first, with all their
 * content and resources (so an object a page shares with anything else counts as page content, which nothing may
 * change), then the document information, security store and metadata, the form and its fields, the remaining
 * annotations, and last whatever else the catalog, the form and the trailer reach.
 */
final class RevisionRoles {

    private static final PdfName DSS = new PdfName("DSS");
    private static final PdfName DOC_TIME_STAMP = new PdfName("DocTimeStamp");
    private static final PdfName LOCK = new PdfName("Lock");
    private static final PdfName EXTENSIONS = new PdfName("Extensions");
    private static final Set<PdfName> UPWARDS = Set.of(PdfName.PARENT, PdfName.P, PdfName.POPUP);

    private final PdfReader reader;
    private final Map<Integer, RevisionRole> roles = new HashMap<>();
    private final Map<Integer, Integer> generations = new HashMap<>();
    private final Set<String> signedFields = new HashSet<>();
    private final Set<String> timestampFields = new HashSet<>();
    private final Map<String, PdfDictionary> signatures = new HashMap<>();
    private final Map<String, Integer> signatureNumbers = new HashMap<>();
    private final List<SignedWidget> signedWidgets = new ArrayList<>();
    private final Map<Integer, Integer> widgetPages = new HashMap<>();
    private final Map<String, PdfDictionary> locks = new HashMap<>();

    /** Where a signed field shows on its page. */
    record SignedWidget(int page, float[] rect) {
    }

    private RevisionRoles(PdfReader reader) {
        this.reader = reader;
    }

    static RevisionRoles of(PdfReader reader) {
        RevisionRoles roles = new RevisionRoles(reader);
        roles.walk();
        return roles;
    }

    Optional<RevisionRole> find(int number) {
        return Optional.ofNullable(roles.get(number));
    }

    int generation(int number) {
        return generations.getOrDefault(number, 0);
    }

    /** Whether the field carries a signature value in this revision. */
    boolean signed(String field) {
        return signedFields.contains(field);
    }

    boolean timestamp(String field) {
        return timestampFields.contains(field);
    }

    /** The signature dictionaries by field name. */
    Map<String, PdfDictionary> signatures() {
        return signatures;
    }

    /** The object number of a field's signature dictionary, when it is an indirect object. */
    Optional<Integer> signatureNumber(String field) {
        return Optional.ofNullable(signatureNumbers.get(field));
    }

    /** A signature field's lock dictionary (FieldMDP), if it has one. */
    Optional<PdfDictionary> lock(String field) {
        return Optional.ofNullable(locks.get(field));
    }

    List<SignedWidget> signedWidgets() {
        return signedWidgets;
    }

    private void walk() {
        PdfDictionary trailer = reader.getTrailer();
        mark(trailer.get(PdfName.ROOT), RevisionRole.of(Kind.CATALOG, "Catalog"), false);
        PdfDictionary catalog = reader.getCatalog();
        markPageTree(catalog.get(PdfName.PAGES));
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            markPage(page);
        }
        mark(trailer.get(PdfName.INFO), RevisionRole.of(Kind.INFO, "/Info"), true);
        mark(catalog.get(DSS), RevisionRole.of(Kind.DSS, "/DSS"), true);
        mark(catalog.get(PdfName.METADATA), RevisionRole.of(Kind.METADATA, "/Metadata"), true);
        markForm(catalog.get(PdfName.ACROFORM));
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            markAnnotations(page);
        }
        mark(catalog.get(EXTENSIONS), RevisionRole.of(Kind.METADATA, "/Extensions"), true);
        // Whatever else the document uses (/Names, /OpenAction, outlines, the form's other entries, …) counts too.
        if (PdfReader.getPdfObject(catalog.get(PdfName.ACROFORM)) instanceof PdfDictionary form) {
            for (PdfName key : form.getKeys()) {
                mark(form.get(key), RevisionRole.of(Kind.OTHER, "/AcroForm " + key), true);
            }
        }
        for (PdfName key : catalog.getKeys()) {
            mark(catalog.get(key), RevisionRole.of(Kind.OTHER, "Catalog " + key), true);
        }
        for (PdfName key : trailer.getKeys()) {
            mark(trailer.get(key), RevisionRole.of(Kind.OTHER, "trailer " + key), true);
        }
    }

    private void markPageTree(PdfObject node) {
        Deque<PdfObject> nodes = new ArrayDeque<>();
        nodes.push(node);
        while (!nodes.isEmpty()) {
            PdfObject next = nodes.pop();
            PdfObject resolved = PdfReader.getPdfObject(next);
            if (!(resolved instanceof PdfDictionary dictionary) || !dictionary.contains(PdfName.KIDS)) {
                continue;
            }
            if (next instanceof PRIndirectReference reference && !roles.containsKey(reference.getNumber())) {
                remember(reference, RevisionRole.of(Kind.PAGE_TREE, "page tree"));
            }
            PdfObject kids = dictionary.get(PdfName.KIDS);
            mark(kids, RevisionRole.of(Kind.PAGE_TREE, "page tree /Kids"), false);
            if (PdfReader.getPdfObject(kids) instanceof PdfArray array) {
                array.getElements().forEach(nodes::push);
            }
        }
    }

    private void markPage(int page) {
        PRIndirectReference reference = reader.getPageOrigRef(page);
        if (reference != null) {
            remember(reference, new RevisionRole(Kind.PAGE, "Page " + page, page, ""));
        }
        PdfDictionary dictionary = reader.getPageN(page);
        for (PdfName key : dictionary.getKeys()) {
            if (!key.equals(PdfName.ANNOTS) && !key.equals(PdfName.PARENT)) {
                mark(dictionary.get(key), new RevisionRole(Kind.PAGE_CONTENT, "Page " + page + " " + key, page, ""), true);
            }
        }
        PdfObject annots = dictionary.get(PdfName.ANNOTS);
        mark(annots, new RevisionRole(Kind.ANNOTS, "Page " + page + " /Annots", page, ""), false);
        if (PdfReader.getPdfObject(annots) instanceof PdfArray array) {
            for (PdfObject annotation : array.getElements()) {
                if (annotation instanceof PRIndirectReference widget) {
                    widgetPages.put(widget.getNumber(), page);
                }
            }
        }
    }

    private void markForm(PdfObject form) {
        mark(form, RevisionRole.of(Kind.ACROFORM, "/AcroForm"), false);
        if (!(PdfReader.getPdfObject(form) instanceof PdfDictionary dictionary)) {
            return;
        }
        PdfObject fields = dictionary.get(PdfName.FIELDS);
        mark(fields, RevisionRole.of(Kind.FIELDS, "/AcroForm /Fields"), false);
        mark(dictionary.get(PdfName.DR), RevisionRole.of(Kind.FORM_RESOURCES, "/AcroForm /DR"), true);
        if (PdfReader.getPdfObject(fields) instanceof PdfArray array) {
            for (PdfObject field : array.getElements()) {
                markField(field, "", null, 0);
            }
        }
    }

    private void markField(PdfObject field, String parentName, PdfName inheritedType, int depth) {
        if (depth > 32 || !(PdfReader.getPdfObject(field) instanceof PdfDictionary dictionary)) {
            return;
        }
        PdfString title = dictionary.getAsString(PdfName.T);
        String name = title == null ? parentName
                : parentName.isEmpty() ? title.toUnicodeString() : parentName + "." + title.toUnicodeString();
        PdfName type = dictionary.getAsName(PdfName.FT) != null ? dictionary.getAsName(PdfName.FT) : inheritedType;
        boolean signature = PdfName.SIG.equals(type);
        Kind kind = signature ? Kind.SIGNATURE_FIELD : Kind.FIELD;
        int page = field instanceof PRIndirectReference reference ? widgetPages.getOrDefault(reference.getNumber(), 0) : 0;
        String what = signature ? "signature field " : "field ";
        if (field instanceof PRIndirectReference reference) {
            remember(reference, new RevisionRole(kind, what + name, page, name));
        }
        if (signature && PdfReader.getPdfObject(dictionary.get(LOCK)) instanceof PdfDictionary lock) {
            locks.put(name, lock);
        }
        PdfObject value = dictionary.get(PdfName.V);
        if (signature && PdfReader.getPdfObject(value) instanceof PdfDictionary signatureDictionary) {
            signedFields.add(name);
            signatures.put(name, signatureDictionary);
            if (value instanceof PRIndirectReference reference) {
                signatureNumbers.put(name, reference.getNumber());
            }
            if (DOC_TIME_STAMP.equals(signatureDictionary.getAsName(PdfName.TYPE))) {
                timestampFields.add(name);
            }
            PdfArray rect = dictionary.getAsArray(PdfName.RECT);
            if (rect != null && rect.size() == 4 && page > 0) {
                signedWidgets.add(new SignedWidget(page, numbers(rect)));
            }
        }
        mark(value, new RevisionRole(signature ? Kind.SIGNATURE_VALUE : Kind.FIELD, what + name + " /V", page, name), true);
        mark(dictionary.get(PdfName.AP),
                new RevisionRole(Kind.FIELD_APPEARANCE, "appearance of " + what + name, page, name), true);
        mark(dictionary.get(LOCK), new RevisionRole(kind, what + name + " /Lock", page, name), true);
        PdfArray kids = dictionary.getAsArray(PdfName.KIDS);
        if (kids != null) {
            for (PdfObject kid : kids.getElements()) {
                markField(kid, name, type, depth + 1);
            }
        }
    }

    private void markAnnotations(int page) {
        PdfArray annots = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
        if (annots == null) {
            return;
        }
        for (PdfObject annotation : annots.getElements()) {
            PdfObject resolved = PdfReader.getPdfObject(annotation);
            if (annotation instanceof PRIndirectReference reference && !roles.containsKey(reference.getNumber())
                    && resolved instanceof PdfDictionary dictionary) {
                PdfName subtype = dictionary.getAsName(PdfName.SUBTYPE);
                mark(annotation, new RevisionRole(Kind.ANNOTATION,
                        "Page " + page + " " + (subtype == null ? "" : subtype + " ") + "annotation", page, ""), true);
            }
        }
    }

    static float[] numbers(PdfArray rect) {
        float[] numbers = new float[4];
        for (int i = 0; i < 4; i++) {
            numbers[i] = rect.getAsNumber(i) == null ? 0 : rect.getAsNumber(i).floatValue();
        }
        return numbers;
    }

    private void remember(PRIndirectReference reference, RevisionRole role) {
        roles.putIfAbsent(reference.getNumber(), role);
        generations.putIfAbsent(reference.getNumber(), reference.getGeneration());
    }

    /** Gives the role to the object and, when {@code deep}, to every object below it that has none yet. */
    private void mark(PdfObject start, RevisionRole role, boolean deep) {
        if (start == null) {
            return;
        }
        if (!deep) {
            if (start instanceof PRIndirectReference reference) {
                remember(reference, role);
            }
            return;
        }
        Deque<PdfObject> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            PdfObject next = pending.pop();
            if (next instanceof PRIndirectReference reference) {
                if (roles.containsKey(reference.getNumber())) {
                    continue;
                }
                remember(reference, role);
                next = PdfReader.getPdfObject(reference);
            }
            if (next instanceof PdfDictionary dictionary) {
                for (PdfName key : dictionary.getKeys()) {
                    if (!UPWARDS.contains(key)) {
                        pending.push(dictionary.get(key));
                    }
                }
            } else if (next instanceof PdfArray array) {
                array.getElements().forEach(pending::push);
            }
        }
    }
}
