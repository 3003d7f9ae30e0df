package org.pactum.drafting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibraries;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.ClauseLibrarySaved;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.drafting.control.WordingRules;

/**
 * The clause library: standard articles a drafter takes into any agreement. Administrators save new versions; the
 * shipped library is stored on first start. A draft copies an article in, so later library versions never change it.
 */
@ApplicationScoped
@Transactional
public class StandardClauses {

    @Inject
    ClauseLibraries libraries;

    @Inject
    Event<ClauseLibrarySaved> saved;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    public void storeShippedLibrary() {
        if (libraries.latest().isEmpty()) {
            save(SeedTemplates.loadLibrary(TemplateCatalogue.SHIPPED_BY, clock.instant()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClauseLibrary current() {
        return libraries.latest().orElseThrow(() -> new NotFoundException("Clause library", "latest"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClauseLibrary version(int version) {
        return libraries.find(version).orElseThrow(() -> new NotFoundException("Clause library version", version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClauseLibrary> versions() {
        return libraries.versions();
    }

    /** The keys the library's articles carried in any version: an article sent without a key takes none of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleKeys articleKeys() {
        ArticleKeys keys = ArticleKeys.none();
        versions().forEach(library -> library.clauses().forEach(clause -> keys.take(clause.key())));
        return keys;
    }

    /**
     * Saves the next version; {@code expectedVersion} is the version the administrator edited. Saving the library as
     * it is makes no new version.
     */
    public ClauseLibrary revise(List<Language> languages, List<Clause> clauses, int expectedVersion, String author) {
        ClauseLibrary current = current();
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("The clause library", expectedVersion, current.version());
        }
        check(languages == null ? List.of() : languages, clauses == null ? List.of() : clauses);
        if (current.languages().equals(languages) && current.clauses().equals(clauses)) {
            return current;
        }
        return save(current.next(languages, clauses, author, clock.instant()));
    }

    /** SHA-256 over the RFC 8785 JSON of the version, its languages and its articles, as the audit trail names it. */
    public static String contentHash(ClauseLibrary library) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("version", String.valueOf(library.version()));
        fields.put("languages", library.languages().stream().map(Language::code).collect(Collectors.joining(",")));
        return Sha256.hex(AgreementFingerprint.canonical(fields, asWording(library.clauses())));
    }

    private ClauseLibrary save(ClauseLibrary library) {
        ClauseLibrary stored = libraries.add(library);
        saved.fire(new ClauseLibrarySaved(stored, contentHash(stored)));
        return stored;
    }

    /** Every article complete in every language of the library, sized like a draft's, with known placeholders. */
    private static void check(List<Language> languages, List<Clause> clauses) {
        Violations violations = new Violations()
                .check(!languages.isEmpty() && languages.size() <= AgreementContent.MAX_LANGUAGES, "languages", Rule.OUT_OF_RANGE,
                        "must name one to three languages")
                .check(new HashSet<>(languages).size() == languages.size(), "languages", Rule.REPEATED, "must not repeat a language")
                .check(!clauses.isEmpty(), "clauses", Rule.TOO_FEW, 1, "the library needs at least one article");
        java.util.Set<String> keys = new HashSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (!keys.add(clauses.get(i).key())) {
                violations.add(new FieldError("clauses[" + i + "].key", Rule.REPEATED,
                        "the key " + clauses.get(i).key() + " is used by an earlier article", clauses.get(i).key()));
            }
        }
        violations.throwIfAny();
        Wording wording = asWording(clauses);
        wording.checkCharacters("", wording.checkSizes("", violations));
        for (int i = 0; i < clauses.size(); i++) {
            for (Language language : languages) {
                violations.check(clauses.get(i).text().has(language) && clauses.get(i).heading().has(language),
                        "clauses[" + i + "]." + language.code(), Rule.INCOMPLETE, "article " + (i + 1) + " needs its heading and text in " + language.code());
            }
        }
        WordingRules.checkPlaceholders("", wording, violations);
        violations.throwIfAny();
    }

    private static Wording asWording(List<Clause> clauses) {
        return new Wording(null, null, null, new AgreementText(clauses), null);
    }
}
