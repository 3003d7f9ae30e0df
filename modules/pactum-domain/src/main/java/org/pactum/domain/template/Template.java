package org.pactum.domain.template;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.regex.Pattern;

import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.TemplateReference;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/**
 * The standard wording of one kind of agreement. Texts may hold placeholders such as {@code {party1.organization}};
 * which placeholders exist, and what they become, is the filler's business, not the template's.
 *
 * @param id               a slug such as {@code cooperation-agreement}, stable across versions
 * @param kind             the kind of agreement the template is written for
 * @param version          raised whenever the wording changes, so a draft can name the wording it came from
 * @param languages        the languages every text of the template is written in
 * @param kindName         the line above the title, e.g. "Соглашение" / "Келісім"
 * @param placeAndDate     the line under the title, e.g. "г. Омск {date}"
 * @param preamble         the paragraph naming the parties
 * @param clauses          the articles, in their order
 * @param equallyAuthentic the closing statement that every language's text is equally authentic
 */
public record Template(String id, AgreementKind kind, int version, List<Language> languages, LocalizedText kindName,
                       LocalizedText placeAndDate, LocalizedText preamble, List<Clause> clauses,
                       LocalizedText equallyAuthentic) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Template {
        Objects.requireNonNull(id, "id");
        if (!SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("a template id is a lower-case slug such as cooperation-agreement: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        if (version < 1) {
            throw new IllegalArgumentException("template versions start at 1, not " + version);
        }
        languages = List.copyOf(languages);
        clauses = List.copyOf(clauses);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " names no language");
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " has no clauses");
        }
        Objects.requireNonNull(kindName, "kindName");
        placeAndDate = placeAndDate == null ? LocalizedText.empty() : placeAndDate;
        Objects.requireNonNull(preamble, "preamble");
        equallyAuthentic = equallyAuthentic == null ? LocalizedText.empty() : equallyAuthentic;
    }

    public boolean supports(List<Language> wanted) {
        return languages.containsAll(wanted);
    }

    /** SHA-256 over the RFC 8785 JSON of the template's id, kind, version, languages and wording. */
    public String contentHash() {
        Map<String, String> fields = new TreeMap<>();
        fields.put("id", id);
        fields.put("kind", kind.name());
        fields.put("version", String.valueOf(version));
        fields.put("languages", languages.stream().map(Language::code).collect(Collectors.joining(",")));
        return Sha256.hex(AgreementFingerprint.canonical(fields, wording()));
    }

    /** The template's texts as a draft's wording, placeholders still open. */
    /** This version by name: what a draft started from it records. */
    public TemplateReference reference() {
        return new TemplateReference(id, version);
    }

    public Wording wording() {
        return new Wording(kindName, placeAndDate, preamble, new AgreementText(clauses), equallyAuthentic);
    }

    /** The same template under the next version number, with other texts: what an administrator's edit saves. */
    public Template nextVersion(AgreementKind newKind, List<Language> newLanguages, Wording newWording) {
        return new Template(id, newKind, version + 1, newLanguages, newWording.kindName(), newWording.placeAndDate(),
                newWording.preamble(), newWording.clauses(), newWording.equallyAuthentic());
    }
}
