package org.pactum.verification.entity;

/** What the revisions after a signature changed, from harmless to anything at all. */
public enum ModificationLevel {
    /** Nothing after the signature: it covers the whole file. */
    NONE,
    /** Only validation data and document timestamps (a document security store, /DocTimeStamp fields). */
    LTA_UPDATES,
    /** Also form fields filled and further signatures, as DocMDP P=2 allows. */
    FORM_FILLING,
    /** Also annotations added, changed or removed, as DocMDP P=3 allows. */
    ANNOTATIONS,
    /** Anything else: page content, resources, the document's structure. */
    OTHER
}
