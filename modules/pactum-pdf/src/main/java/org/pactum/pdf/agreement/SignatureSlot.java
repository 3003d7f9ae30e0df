package org.pactum.pdf.agreement;

/**
 * The empty box left in a party's signature block for the visible signature stamp, in PDF user space (points, origin
 * at the page's lower left corner). Signing places its appearance exactly here.
 *
 * @param party the party's position in {@link AgreementDocument#parties()}, from 0
 * @param page  the page number, from 1
 */
public record SignatureSlot(int party, int page, float left, float bottom, float right, float top) {

    public float width() {
        return right - left;
    }

    public float height() {
        return top - bottom;
    }
}
