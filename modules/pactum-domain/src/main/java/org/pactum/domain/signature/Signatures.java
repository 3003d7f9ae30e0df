package org.pactum.domain.signature;

import java.util.List;

/** The signatures on agreements, kept in the order they were made; only ever added to. */
public interface Signatures {

    /** The agreement's signatures, first to last; empty before the first. */
    List<Signature> of(long agreementId);

    /**
     * Keeps a new signature.
     *
     * @throws org.pactum.domain.error.DuplicateException when the agreement already has a signature at that position:
     *                                                    someone else signed at the same moment
     */
    void add(Signature signature);
}
