package org.pactum.domain.signature;

import java.util.Optional;

/** The approved prints and signed PDFs, each kept once under its SHA-256 and never changed. */
public interface SignedDocuments {

    /** Keeps the document unless one with the same SHA-256 is already kept (then it is the same bytes). */
    void keep(SignedDocument document);

    Optional<SignedDocument> find(String sha256);

    /** The approved print of the agreement, the PDF its first signature is added to; empty until someone signs. */
    Optional<SignedDocument> approvedPrint(long agreementId);
}
