package org.pactum.web.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Wording;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.web.json.LanguageCodes;
import org.pactum.web.json.LocalizedJson;
import org.pactum.web.json.WordingJson;

/**
 * An agreement as a drafter sends it; parties by directory id. Bean Validation checks presence; counts and lengths
 * are the domain's rules (AgreementContent), which report through the same 422 problem. Payara's OpenAPI generator
 * fails on size constraints of record components, another reason to keep them in one place.
 *
 * @param version  required for an update: the version the edit is based on (or send it as {@code If-Match})
 * @param template on creation, the template to start from (default: the first for the kind); ignored on update
 * @param wording  on update, the new wording (default: unchanged); ignored on creation, which takes the template's
 * @param placeOfSigning on creation, where the agreement is to be signed, per language ("г. Омск", "Омбы қ."): it
 *                 opens the place-and-date line; ignored on update, where that line is part of the wording
 */
public record AgreementInput(@NotNull AgreementKind kind,
                             @NotNull List<String> languages,
                             @NotNull Map<String, String> title,
                             @NotNull List<Long> partyIds,
                             @NotNull Set<CooperationArea> areas,
                             @NotNull @Valid TermJson term,
                             Long version,
                             String template,
                             @Valid WordingJson wording,
                             Map<String, String> placeOfSigning) {

    public AgreementDraft toDraft() {
        List<Language> parsed = LanguageCodes.parse(languages);
        return new AgreementDraft(kind, parsed, LocalizedJson.parse("title", title), partyIds, areas, term.toTerm());
    }

    /** The place of signing sent with a new agreement; empty when none was. */
    public LocalizedText toPlaceOfSigning() {
        return LocalizedJson.parse("placeOfSigning", placeOfSigning);
    }

    /**
     * The wording sent, or {@code null} when the update leaves the wording as it is.
     *
     * @param keys the keys of the agreement's articles in every revision, which a new article must not take
     */
    public Wording toWording(ArticleKeys keys) {
        return wording == null ? null : wording.toWording("wording", keys);
    }
}
