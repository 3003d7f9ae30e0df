package org.pactum.pdf.agreement;

import java.util.List;

/** The agreement's PDF and where each party's signature stamp goes, in the order of the parties. */
public record RenderedAgreement(byte[] pdf, List<SignatureSlot> slots) {

    public RenderedAgreement {
        slots = List.copyOf(slots);
    }
}
