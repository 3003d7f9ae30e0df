package org.pactum.domain.agreement;

import org.pactum.domain.query.Pages;

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
        Pages.check(page, size, MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public static AgreementQuery all() {
        return new AgreementQuery(null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public int offset() {
        return Pages.offset(page, size);
    }
}
