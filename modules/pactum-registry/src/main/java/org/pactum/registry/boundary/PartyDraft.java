package org.pactum.registry.boundary;

import org.pactum.domain.language.LocalizedText;

/** What an editor submits to add or change a party: the region by its code. */
public record PartyDraft(LocalizedText organization, String regionCode, LocalizedText signatoryName,
                         LocalizedText signatoryPosition) {
}
