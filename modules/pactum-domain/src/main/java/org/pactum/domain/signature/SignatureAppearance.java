package org.pactum.domain.signature;

/** How a signature shows on the page: the stamp in the party's signature box, or nothing visible at all. */
public enum SignatureAppearance {
    /** The conventional "document signed with an electronic signature" mark in the document's languages. */
    STAMPED,
    /** No mark: the party's box stays as printed; the signature is in the file only. */
    INVISIBLE
}
