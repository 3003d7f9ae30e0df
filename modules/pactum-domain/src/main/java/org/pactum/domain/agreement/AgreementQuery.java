package org.pactum.domain.agreement;

/**
 * Filters for the registry; every filter is optional, and all given filters must hold.
 *
 * @param text matched, case-insensitively, against the number and the title in every language
 */
public record AgreementQuery(AgreementStatus status, Long partyId, String regionCode, AgreementKind kind, String text,
                             int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public AgreementQuery {
        if (page < 0) {
            throw new org.pactum.domain.error.InvalidInputException("page", org.pactum.domain.error.Rule.OUT_OF_RANGE, "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new org.pactum.domain.error.InvalidInputException("size", org.pactum.domain.error.Rule.OUT_OF_RANGE, "must be between 1 and " + MAX_SIZE);
        }
        text = text == null || text.isBlank() ? null : text.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public static AgreementQuery all() {
        return new AgreementQuery(null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
