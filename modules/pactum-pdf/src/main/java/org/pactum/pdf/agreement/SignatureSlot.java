package org.pactum.pdf.agreement;

/**
 * The empty box left in a party's signature block for the visible signature stamp, in PDF user space (points, origin
 * at the page's lower left corner). Signing places its appearance exactly here. In a final (not draft) agreement the
 * box carries an empty signature field named {@link #fieldName()}, which the party's signature fills.
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

    /** The name of the signature field on this slot: {@code party-1} for the first party, and so on. */
    public String fieldName() {
        return fieldName(party);
    }

    /**
     * The name of the signature field of the party at {@code party} (from 0, as {@link #party()}): the name counts from 1,
     * as people do, so the first party signs {@code party-1}.
     */
    public static String fieldName(int party) {
        if (party < 0) {
            throw new IllegalArgumentException("A party's position counts from 0, not " + party);
        }
        return "party-" + (party + 1);
    }
}
