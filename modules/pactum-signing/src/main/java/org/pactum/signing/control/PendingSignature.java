package org.pactum.signing.control;

import org.pactum.pdf.signature.PreparedSignature;

/** A signature half done: the PDF with its reserved hole, and the data its key must sign. */
public record PendingSignature(PreparedSignature prepared, DataToSign dataToSign) {
}
