package org.pactum.verification.control;

/**
 * The part an indirect object plays in one revision, found by walking from the catalog.
 *
 * @param kind  what the object is
 * @param label how a report names it, e.g. {@code Page 2 /Contents}
 * @param page  the page (from 1) it belongs to, or 0
 * @param field the full name of the form field it belongs to, or empty
 */
record RevisionRole(Kind kind, String label, int page, String field) {

    enum Kind {
        CATALOG, INFO, METADATA, DSS, PAGE_TREE, PAGE, PAGE_CONTENT, ANNOTS, ANNOTATION,
        ACROFORM, FIELDS, FORM_RESOURCES, SIGNATURE_FIELD, SIGNATURE_VALUE, FIELD, FIELD_APPEARANCE, OTHER
    }

    static RevisionRole of(Kind kind, String label) {
        return new RevisionRole(kind, label, 0, "");
    }
}
