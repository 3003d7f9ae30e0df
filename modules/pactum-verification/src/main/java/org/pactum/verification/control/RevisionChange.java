package org.pactum.verification.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.verification.control.RevisionRole.Kind;
import org.pactum.verification.entity.ModificationLevel;

/**
 * The objects that differ between a signed revision and the final file, each classified by the part it played in the
 * signed revision (or, when new, plays in the final file):
 * <ul>
 * <li>LTA_UPDATES: the document security store and all below it, document timestamps (their fields, values and
 * appearances), the document information and XMP metadata;</li>
 * <li>FORM_FILLING: a not yet signed signature field getting its value and appearance, a new invisible signature
 * field, the form's /Fields growing by signature fields, /SigFlags, resources added to /DR, the catalog's /AcroForm,
 * other fields' values;</li>
 * <li>ANNOTATIONS: a page's /Annots and annotations other than signature widgets, unless one lies over a signed
 * field; a new form field; a new signature field whose widget shows on the page (a sneaky signature: under a
 * certification it is an annotation like any other);</li>
 * <li>OTHER: everything else: page dictionaries beyond /Annots, page content and resources, the page tree, another
 * page object or catalog in the trailer's place (hide-and-replace), the catalog's other entries (/OpenAction, /Names,
 * /Perms, …), and any object of a field signed in the signed revision (its value, widget or appearance): replacing,
 * overlaying or redefining what was signed.</li>
 * </ul>
 */
final class RevisionChange {

    private static final PdfName DSS = new PdfName("DSS");
    private static final PdfName PERMS = new PdfName("Perms");
    private static final PdfName EXTENSIONS = new PdfName("Extensions");
    private static final PdfName SIG_FLAGS = new PdfName("SigFlags");
    private static final PdfName OBJ_STM = new PdfName("ObjStm");
    private static final PdfName X_REF = new PdfName("XRef");
    private static final Set<PdfName> SIGNING_KEYS = Set.of(PdfName.V, PdfName.AP, PdfName.F, PdfName.P, PdfName.MK,
            PdfName.DA, PdfName.AS);

    private final PdfReader signed;
    private final RevisionRoles before;
    private final PdfReader last;
    private final RevisionRoles after;
    private ModificationLevel level = ModificationLevel.NONE;
    private final List<String> objects = new ArrayList<>();
    private final Map<ModificationLevel, List<String>> objectsByLevel = new EnumMap<>(ModificationLevel.class);
    private final Set<Integer> pages = new TreeSet<>();
    private final Set<String> fields = new TreeSet<>();

    RevisionChange(PdfReader signed, RevisionRoles before, PdfReader last, RevisionRoles after) {
        this.signed = signed;
        this.before = before;
        this.last = last;
        this.after = after;
    }

    void compare() {
        samePlaces();
        int size = Math.max(signed.getXrefSize(), last.getXrefSize());
        for (int number = 1; number < size; number++) {
            compare(number);
        }
    }

    /**
     * The trailer's catalog and every page are the same objects as signed. An update that only points the trailer or
     * the page tree at objects the signed revision held unused changes no object, yet shows another document.
     */
    private void samePlaces() {
        PdfObject rootBefore = signed.getTrailer().get(PdfName.ROOT);
        PdfObject rootAfter = last.getTrailer().get(PdfName.ROOT);
        if (!RevisionComparison.same(rootBefore, rootAfter)) {
            note(ModificationLevel.OTHER, "trailer /Root: points at another catalog (" + rootAfter + " instead of "
                    + rootBefore + ")");
        }
        int count = Math.max(signed.getNumberOfPages(), last.getNumberOfPages());
        for (int page = 1; page <= count; page++) {
            PRIndirectReference was = page <= signed.getNumberOfPages() ? signed.getPageOrigRef(page) : null;
            PRIndirectReference is = page <= last.getNumberOfPages() ? last.getPageOrigRef(page) : null;
            if (!RevisionComparison.same(was, is)) {
                pages.add(page);
                note(ModificationLevel.OTHER, "Page " + page + ": " + (was == null ? "added" : is == null ? "removed"
                        : "another page object (" + is + " instead of " + was + ")"));
            }
        }
    }

    private void note(ModificationLevel found, String line) {
        level = max(level, found);
        objects.add(line);
        objectsByLevel.computeIfAbsent(found, key -> new ArrayList<>()).add(line);
    }

    private void compare(int number) {
        PdfObject was = object(signed, number);
        PdfObject is = object(last, number);
        if (was == null && is == null || was != null && is != null && RevisionComparison.same(was, is)) {
            return;
        }
        String what = was == null ? "added" : is == null ? "removed" : "changed";
        int generation = was != null ? before.generation(number) : after.generation(number);
        String name = number + " " + generation + " obj";
        Optional<RevisionRole> role = was != null ? before.find(number).or(() -> after.find(number))
                : after.find(number);
        if (role.isEmpty()) {
            // Neither revision uses it, so it shows nowhere; it is listed but weighs nothing.
            if (!bookkeeping(was) && !bookkeeping(is)) {
                objects.add(name + " (not referenced): " + what);
            }
            return;
        }
        List<String> details = new ArrayList<>();
        ModificationLevel found = classify(role.get(), was, is, details);
        // An object changed into something else is weighed in its new part too: the more far-reaching counts.
        Optional<RevisionRole> now = after.find(number);
        if (was != null && now.isPresent() && now.get().kind() != role.get().kind()) {
            found = max(found, classify(now.get(), was, is, new ArrayList<>()));
        }
        if (found.compareTo(level) > 0) {
            level = found;
        }
        if (role.get().page() > 0 && found.compareTo(ModificationLevel.LTA_UPDATES) > 0) {
            pages.add(role.get().page());
        }
        for (RevisionRole part : List.of(role.get(), now.orElse(role.get()))) {
            if (!part.field().isEmpty()) {
                fields.add(part.field());
            }
        }
        note(found, name + " (" + role.get().label() + "): " + what
                + (details.isEmpty() ? "" : " " + String.join(" ", details)));
    }

    ModificationLevel level() {
        return level;
    }

    List<String> objects() {
        return List.copyOf(objects);
    }

    List<Integer> pages() {
        return List.copyOf(pages);
    }

    /** The changed objects that weigh {@code level}, as {@link #objects()} lists them. */
    List<String> objects(ModificationLevel level) {
        return List.copyOf(objectsByLevel.getOrDefault(level, List.of()));
    }

    /** The full names of the form fields (signature fields too) any of whose objects changed. */
    Set<String> fields() {
        return Set.copyOf(fields);
    }

    private ModificationLevel classify(RevisionRole role, PdfObject was, PdfObject is, List<String> details) {
        return switch (role.kind()) {
            case INFO, METADATA, DSS -> ModificationLevel.LTA_UPDATES;
            case CATALOG -> catalog(dictionary(was), dictionary(is), details);
            case ACROFORM -> form(dictionary(was), dictionary(is), details);
            case FIELDS -> grows(array(was), array(is)) ? newFields(array(was), array(is)) : ModificationLevel.OTHER;
            case SIGNATURE_FIELD -> signatureField(role, dictionary(was), dictionary(is), details);
            case SIGNATURE_VALUE, FIELD_APPEARANCE -> fieldPart(role.field());
            case FIELD -> was == null ? newField(details) : ModificationLevel.FORM_FILLING;
            case PAGE -> page(dictionary(was), dictionary(is), details);
            case ANNOTS -> annotations(array(was), array(is));
            case ANNOTATION -> annotation(role, dictionary(is), details);
            case FORM_RESOURCES -> was == null ? newSignatures() : ModificationLevel.OTHER;
            case PAGE_TREE, PAGE_CONTENT, OTHER -> ModificationLevel.OTHER;
        };
    }

    /**
     * The catalog's /DSS, /Metadata and /Extensions (the ETSI extension level a security store declares) come with
     * validation data; its /AcroForm with signing; any other entry changes the document. /Perms is made with the
     * certifying signature, which only the first signature may be: later it is never changed.
     */
    private ModificationLevel catalog(PdfDictionary was, PdfDictionary is, List<String> details) {
        ModificationLevel found = ModificationLevel.NONE;
        for (PdfName key : RevisionComparison.changedKeys(was, is)) {
            details.add(key.toString());
            ModificationLevel level = key.equals(DSS) || key.equals(PdfName.METADATA) || key.equals(EXTENSIONS)
                    ? ModificationLevel.LTA_UPDATES
                    : key.equals(PdfName.ACROFORM) ? newSignatures() : ModificationLevel.OTHER;
            if (key.equals(PERMS)) {
                details.add("(the certification's permissions, made only by a document's first signature)");
            }
            found = max(found, level);
        }
        return found;
    }

    private ModificationLevel form(PdfDictionary was, PdfDictionary is, List<String> details) {
        ModificationLevel found = ModificationLevel.NONE;
        for (PdfName key : RevisionComparison.changedKeys(was, is)) {
            details.add(key.toString());
            PdfArray fieldsBefore = was == null ? null : was.getAsArray(PdfName.FIELDS);
            PdfArray fieldsAfter = is == null ? null : is.getAsArray(PdfName.FIELDS);
            if (key.equals(PdfName.FIELDS) && grows(fieldsBefore, fieldsAfter)) {
                found = max(found, newFields(fieldsBefore, fieldsAfter));
                continue;
            }
            boolean filling = key.equals(SIG_FLAGS)
                    || key.equals(PdfName.DR) && onlyAdds(was == null ? null : was.getAsDict(PdfName.DR),
                    is == null ? null : is.getAsDict(PdfName.DR));
            found = max(found, filling ? newSignatures() : ModificationLevel.OTHER);
        }
        return found;
    }

    /** A field not signed before gets its signature; a field signed before is never touched again. */
    private ModificationLevel signatureField(RevisionRole role, PdfDictionary was, PdfDictionary is,
                                            List<String> details) {
        if (before.signed(role.field())) {
            details.add("(a signed field)");
            return ModificationLevel.OTHER;
        }
        if (is == null) {
            return ModificationLevel.OTHER;
        }
        Set<PdfName> keys = RevisionComparison.changedKeys(was, is);
        if (was != null) {
            keys.forEach(key -> details.add(key.toString()));
        }
        if (overlaysSignedField(role.page(), is)) {
            details.add("(over a signed field)");
            return ModificationLevel.OTHER;
        }
        if (was != null && !SIGNING_KEYS.containsAll(keys)) {
            return ModificationLevel.OTHER;
        }
        if (was == null && visible(is)) {
            details.add("(a new signature field shown on the page: an annotation, not the filling of a reserved field)");
            return ModificationLevel.ANNOTATIONS;
        }
        return filling(role.field());
    }

    private static ModificationLevel newField(List<String> details) {
        details.add("(a form field added)");
        return ModificationLevel.ANNOTATIONS;
    }

    /** The form's /Fields grown: by signature fields it is signing, by any other field it is a new annotation. */
    private ModificationLevel newFields(PdfArray was, PdfArray is) {
        Set<Integer> old = new HashSet<>(RevisionComparison.references(was));
        boolean onlySignatures = RevisionComparison.references(is).stream().filter(number -> !old.contains(number))
                .allMatch(number -> after.find(number).map(role -> role.kind() == Kind.SIGNATURE_FIELD).orElse(false));
        return onlySignatures ? newSignatures() : ModificationLevel.ANNOTATIONS;
    }

    /**
     * Whether a widget shows anything: a box of some size, not hidden, with a normal appearance that draws. Pactum's
     * own later signatures are either a reserved box filled or invisible; document timestamps are always invisible.
     */
    static boolean visible(PdfDictionary widget) {
        PdfArray rect = widget == null ? null : widget.getAsArray(PdfName.RECT);
        if (rect == null || rect.size() != 4) {
            return false;
        }
        float[] box = RevisionRoles.numbers(rect);
        if (Math.abs(box[2] - box[0]) < 1 || Math.abs(box[3] - box[1]) < 1) {
            return false;
        }
        PdfNumber flags = widget.getAsNumber(PdfName.F);
        if (flags != null && (flags.intValue() & (PdfAnnotation.FLAGS_HIDDEN | PdfAnnotation.FLAGS_NOVIEW)) != 0) {
            return false;
        }
        PdfDictionary appearance = widget.getAsDict(PdfName.AP);
        PdfObject normal = appearance == null ? null : PdfReader.getPdfObject(appearance.get(PdfName.N));
        if (normal instanceof PdfDictionary states && !(normal instanceof PRStream)) {
            return states.getKeys().stream().anyMatch(state -> draws(PdfReader.getPdfObject(states.get(state))));
        }
        return draws(normal);
    }

    private static boolean draws(PdfObject appearance) {
        if (!(appearance instanceof PRStream stream)) {
            return false;
        }
        try {
            return new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1)
                    .trim().length() > 0;
        } catch (IOException | RuntimeException e) {
            // An appearance that cannot be read may still be drawn by some reader: count it as shown.
            return true;
        }
    }

    /**
     * What the form's own bookkeeping (/Fields growing, /SigFlags, resources added) weighs: document timestamps only
     * when every signature made after the signed revision is one, form filling otherwise.
     */
    private ModificationLevel newSignatures() {
        boolean onlyTimestamps = after.signatures().keySet().stream()
                .filter(field -> !before.signed(field))
                .allMatch(after::timestamp);
        boolean any = after.signatures().keySet().stream().anyMatch(field -> !before.signed(field));
        return any && onlyTimestamps ? ModificationLevel.LTA_UPDATES : ModificationLevel.FORM_FILLING;
    }

    private ModificationLevel fieldPart(String field) {
        return before.signed(field) ? ModificationLevel.OTHER : filling(field);
    }

    private ModificationLevel filling(String field) {
        return after.timestamp(field) ? ModificationLevel.LTA_UPDATES : ModificationLevel.FORM_FILLING;
    }

    private ModificationLevel page(PdfDictionary was, PdfDictionary is, List<String> details) {
        Set<PdfName> keys = RevisionComparison.changedKeys(was, is);
        keys.forEach(key -> details.add(key.toString()));
        if (was == null || is == null || !Set.of(PdfName.ANNOTS).containsAll(keys)) {
            return ModificationLevel.OTHER;
        }
        return annotations(array(PdfReader.getPdfObject(was.get(PdfName.ANNOTS))),
                array(PdfReader.getPdfObject(is.get(PdfName.ANNOTS))));
    }

    /**
     * A page's annotations: a widget of a field signed now is form filling; removing a signed field's widget is not
     * allowed; any other annotation added, removed or reordered is an annotation change.
     */
    private ModificationLevel annotations(PdfArray was, PdfArray is) {
        Set<Integer> old = new HashSet<>(RevisionComparison.references(was));
        Set<Integer> now = new HashSet<>(RevisionComparison.references(is));
        ModificationLevel found = ModificationLevel.NONE;
        for (int removed : old.stream().filter(number -> !now.contains(number)).collect(Collectors.toSet())) {
            Optional<RevisionRole> role = before.find(removed);
            boolean signedWidget = role.isPresent() && role.get().kind() == Kind.SIGNATURE_FIELD
                    && before.signed(role.get().field());
            found = max(found, signedWidget ? ModificationLevel.OTHER : ModificationLevel.ANNOTATIONS);
        }
        for (int added : now.stream().filter(number -> !old.contains(number)).collect(Collectors.toSet())) {
            Optional<RevisionRole> role = after.find(added);
            boolean newSignature = role.isPresent() && role.get().kind() == Kind.SIGNATURE_FIELD
                    && !before.signed(role.get().field());
            boolean shown = visible(dictionary(object(last, added)));
            found = max(found, newSignature && !shown ? filling(role.get().field()) : ModificationLevel.ANNOTATIONS);
        }
        return found == ModificationLevel.NONE ? ModificationLevel.ANNOTATIONS : found;
    }

    private ModificationLevel annotation(RevisionRole role, PdfDictionary is, List<String> details) {
        if (overlaysSignedField(role.page(), is)) {
            details.add("(over a signed field)");
            return ModificationLevel.OTHER;
        }
        return ModificationLevel.ANNOTATIONS;
    }

    /** Whether the annotation lies over a field signed in the signed revision: an overlay of what was signed. */
    private boolean overlaysSignedField(int page, PdfDictionary annotation) {
        PdfArray rect = annotation == null ? null : annotation.getAsArray(PdfName.RECT);
        if (rect == null || rect.size() != 4) {
            return false;
        }
        float[] over = RevisionRoles.numbers(rect);
        return before.signedWidgets().stream()
                .anyMatch(widget -> widget.page() == page && intersect(widget.rect(), over));
    }

    private static boolean intersect(float[] a, float[] b) {
        float left = Math.max(Math.min(a[0], a[2]), Math.min(b[0], b[2]));
        float right = Math.min(Math.max(a[0], a[2]), Math.max(b[0], b[2]));
        float bottom = Math.max(Math.min(a[1], a[3]), Math.min(b[1], b[3]));
        float top = Math.min(Math.max(a[1], a[3]), Math.max(b[1], b[3]));
        return left < right && bottom < top;
    }

    /** Every element of the old array is still in the new one. */
    private static boolean grows(PdfArray was, PdfArray is) {
        return is != null && new HashSet<>(RevisionComparison.references(is))
                .containsAll(RevisionComparison.references(was))
                && (was == null || is.size() >= was.size());
    }

    /** The new dictionary keeps every entry of the old one (resources may be added, none replaced). */
    private static boolean onlyAdds(PdfDictionary was, PdfDictionary is) {
        if (was == null) {
            return true;
        }
        if (is == null) {
            return false;
        }
        for (PdfName key : was.getKeys()) {
            PdfObject old = was.get(key);
            PdfObject now = is.get(key);
            boolean kept = RevisionComparison.same(old, now)
                    || PdfReader.getPdfObject(old) instanceof PdfDictionary oldInner
                    && PdfReader.getPdfObject(now) instanceof PdfDictionary newInner && onlyAdds(oldInner, newInner);
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** Cross-reference streams and object streams only carry other objects (when nothing uses them otherwise). */
    private static boolean bookkeeping(PdfObject object) {
        return object instanceof PdfDictionary dictionary
                && (OBJ_STM.equals(dictionary.getAsName(PdfName.TYPE)) || X_REF.equals(dictionary.getAsName(PdfName.TYPE)));
    }

    private static PdfObject object(PdfReader reader, int number) {
        if (number >= reader.getXrefSize()) {
            return null;
        }
        PdfObject object = reader.getPdfObject(number);
        return object == null || object.isNull() ? null : object;
    }

    private static PdfDictionary dictionary(PdfObject object) {
        return object instanceof PdfDictionary dictionary ? dictionary : null;
    }

    private static PdfArray array(PdfObject object) {
        return object instanceof PdfArray array ? array : null;
    }

    private static ModificationLevel max(ModificationLevel a, ModificationLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
