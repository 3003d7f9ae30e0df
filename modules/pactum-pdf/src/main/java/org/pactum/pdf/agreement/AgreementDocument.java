package org.pactum.pdf.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;

/**
 * Everything printed on a signable agreement, already in words: what {@link AgreementPdf} renders, nothing it looks
 * up. Every text must exist in every one of {@link #languages()}; the constructor refuses a document that would print
 * an empty column.
 *
 * @param number           the registry number, e.g. PA-2026-00017
 * @param version          the version of the agreement these texts belong to
 * @param contentHash      SHA-256 of the agreement's content, printed so a paper copy can be matched to the record
 * @param languages        the columns, left to right: one to three distinct languages
 * @param kind             "Соглашение" / "Келісім": the line above the title
 * @param title            the agreement's title
 * @param placeAndDate     e.g. "г. Омск / «__» ________ 2026 г."; empty when the date is left to the signing
 * @param preamble         the paragraph naming the parties and what they agree on
 * @param text             the articles
 * @param equallyAuthentic the closing statement that the texts in each language are equally authentic; required with
 *                         two or more languages
 * @param parties          who signs, in the order of the signature blocks
 * @param draft            a draft carries a watermark on every page
 * @param issuedAt         the creation and modification date of the file: the moment this version was fixed, never
 *                         "now", so two renders of one version are the same file
 */
public record AgreementDocument(String number, long version, String contentHash, List<Language> languages,
                                LocalizedText kind, LocalizedText title, LocalizedText placeAndDate,
                                LocalizedText preamble, AgreementText text, LocalizedText equallyAuthentic,
                                List<Signatory> parties, boolean draft, Instant issuedAt) {

    /** A party's signature block: the organisation, and the person who signs for it with their position. */
    public record Signatory(LocalizedText organisation, LocalizedText name, LocalizedText position) {

        public Signatory {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(position, "position");
        }
    }

    public AgreementDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(text, "text");
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
        placeAndDate = placeAndDate == null ? LocalizedText.empty() : placeAndDate;
        equallyAuthentic = equallyAuthentic == null ? LocalizedText.empty() : equallyAuthentic;
        if (languages.isEmpty() || languages.size() > 3 || new HashSet<>(languages).size() != languages.size()) {
            throw new IllegalArgumentException("one to three distinct languages, got " + languages);
        }
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one party to sign it");
        }
        List<String> missing = new ArrayList<>();
        for (Language language : languages) {
            require(missing, language, "kind", kind);
            require(missing, language, "title", title);
            require(missing, language, "preamble", preamble);
            if (!placeAndDate.languages().isEmpty()) {
                require(missing, language, "placeAndDate", placeAndDate);
            }
            if (languages.size() > 1) {
                require(missing, language, "equallyAuthentic", equallyAuthentic);
            }
            for (String key : text.missingIn(language)) {
                missing.add("clause " + key + " in " + language.code());
            }
            for (int i = 0; i < parties.size(); i++) {
                Signatory party = parties.get(i);
                require(missing, language, "parties[" + i + "].organisation", party.organisation());
                require(missing, language, "parties[" + i + "].name", party.name());
                require(missing, language, "parties[" + i + "].position", party.position());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("texts missing: " + String.join(", ", missing));
        }
    }

    public List<Clause> clauses() {
        return text.clauses();
    }

    private static void require(List<String> missing, Language language, String field, LocalizedText value) {
        if (value == null || !value.has(language)) {
            missing.add(field + " in " + language.code());
        }
    }
}
