package org.pactum.domain.verification;

import org.pactum.domain.error.PactumException;

/** A document over the size verification accepts ({@code pactum.verification.max-bytes}). */
public class DocumentTooLargeException extends PactumException {

    public DocumentTooLargeException(long size, long limit) {
        super("The document has " + size + " bytes; verification accepts at most " + limit);
    }

    @Override
    public String problemType() {
        return "payload-too-large";
    }
}
