package org.pactum.domain.party;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * What describes a party: the organisation, its region, and who signs for it in which position.
 * Russian is required because the registry is kept in Russian; other languages are added as agreements need them.
 */
public record PartyDetails(LocalizedText organization, Region region, LocalizedText signatoryName, LocalizedText signatoryPosition) {

    public void validate() {
        Violations violations = new Violations()
                .check(organization != null && organization.has(Language.RU), "organization.ru", Rule.REQUIRED, "must not be blank")
                .check(region != null, "region", Rule.REQUIRED, "must name a known region")
                .check(signatoryName != null && signatoryName.has(Language.RU), "signatory.name.ru", Rule.REQUIRED, "must not be blank")
                .check(signatoryPosition != null && signatoryPosition.has(Language.RU), "signatory.position.ru", Rule.REQUIRED, "must not be blank");
        PrintableText.check(violations, "organization", organization, TextShape.LINE);
        PrintableText.check(violations, "signatory.name", signatoryName, TextShape.LINE);
        PrintableText.check(violations, "signatory.position", signatoryPosition, TextShape.LINE);
        violations.throwIfAny();
    }
}
