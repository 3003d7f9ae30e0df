package org.pactum.web.directory;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.pactum.registry.boundary.PartyDraft;
import org.pactum.web.json.LocalizedJson;

/** @param version required when changing a party: the version the change is based on */
public record PartyInput(@NotNull Map<String, String> organization, @NotNull String regionCode,
                         @NotNull @Valid SignatoryInput signatory, Long version) {

    public record SignatoryInput(@NotNull Map<String, String> name, @NotNull Map<String, String> position) {
    }

    PartyDraft toDraft() {
        return new PartyDraft(LocalizedJson.parse("organization", organization), regionCode,
                LocalizedJson.parse("signatory.name", signatory.name()), LocalizedJson.parse("signatory.position", signatory.position()));
    }
}
