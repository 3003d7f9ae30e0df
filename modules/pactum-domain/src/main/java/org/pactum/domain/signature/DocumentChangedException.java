package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** What is to be signed is no longer what was approved or prepared: the text changed, or someone signed in between. */
public class DocumentChangedException extends PactumException {

    public DocumentChangedException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "document-changed";
    }
}
